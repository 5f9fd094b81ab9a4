ﬁ = 1
print(fi)
ℌ = 2
𝐱 = 3
