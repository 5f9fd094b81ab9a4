import re

print(re.findall(r"[aeiou]", "education"), re.findall(r"[^aeiou ]+", "hello world"), re.findall(r"[-a]", "a-b"))
print(re.findall(r"[\d\s]+", "a1 2b"), re.findall(r"[\w.-]+@[\w.-]+", "x a.b-c@d.e y"), re.findall(r"[]a]", "]a["))
print(re.findall(r"[\u0400-\u04ff]+", "Привет мир hello"), re.findall(r"[α-ω]+", "αβγ abc ω"), re.findall(r"[^\x00-\x7f]", "aé😀b"))
print(re.findall(r"[😀-😂]", "😀😁x😂😃"), re.findall(r"\W", "a😀_"), re.findall(r".", "😀é"))
print(re.findall(r"[\s\S]", "a\nb"), re.findall(r"[^\s\S]", "ab"), re.findall(r"[\w\W]", "ab"), re.findall(r"[\D]", "a1"))
print(re.findall(r"[\]\\]", "]\\x"), re.findall(r"[.*+?]", "a.b*c+d?"))
print(re.findall(r"[\u3040-\u309f\u30a0-\u30ffー]+", "ひらがな カタカナ kanji 漢字"), re.findall(r"[一-龯]+", "漢字 かな"))
print(re.findall(r"[\U0001F600-\U0001F64F]", "hi 😀 😎 ✨"), re.findall(r"(?i)[ǅ]", "ǄǅǆA"), re.findall(r"(?i)[ÀÉ]", "àéÀè"))
print(re.findall(r"\d+", "٣٤ ५६ 12 ²"), re.findall(r"\w+", "x_1 ½ Ⅻ ab"), re.findall(r"\s+", "a\u2028b\x1cc\x85d"))
print(re.findall(r"[a\-z]", "-bz"), re.findall(r"(?i)[^a-c]", "AbDe"))
print(re.findall(rb"[\x80-\xff]", b"a\x80\xffb"), re.findall(rb"\s", b"a b\tc\x0b"), re.findall(rb"[^\d]", b"a1"))
print(re.findall(r"\bA\w*", "Apple ant Axe", re.I), re.findall(r"(?i)straße", "STRASSE straße STRAßE"))
