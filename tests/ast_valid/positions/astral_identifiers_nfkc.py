𝔘 = 1
𝔲𝔫𝔦 = 𝔘 + 1
print(U, uni)
