# ünïcödé kommentar — 日本語
x = 1  # ñ
