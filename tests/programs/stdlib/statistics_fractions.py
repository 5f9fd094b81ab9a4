import statistics as st
from fractions import Fraction
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), round(st.stdev(data), 6), st.pvariance(data))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.multimode("aabbc"), st.fmean([1, 2, 3]), st.harmonic_mean([1, 2, 4]))
print(st.geometric_mean([1, 10, 100]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), st.mean([Fraction(1, 3), Fraction(2, 3)]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
f = Fraction(3, 4)
print(f, repr(f), f + Fraction(1, 4), f * 2, f / 3, f ** 2, -f, abs(-f), f.numerator, f.denominator)
print(Fraction("0.125"), Fraction(0.5), Fraction("3/9"), Fraction(1.1).limit_denominator(100), Fraction(5), float(Fraction(1, 3)))
print(Fraction(1, 3) < Fraction(1, 2), Fraction(1, 2) == 0.5, round(Fraction(7, 2)), Fraction(7, 2).__floor__(), int(Fraction(-7, 2)))
print(sum(Fraction(1, n) for n in range(1, 6)), Fraction(2, 4).as_integer_ratio(), format(Fraction(1, 3), ".3f") if True else None)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction("x")
except ValueError as e:
    print("ValueError:", e)
print(st.correlation([1, 2, 3], [2, 4, 6]), st.linear_regression([1, 2, 3], [2, 4, 6]))
