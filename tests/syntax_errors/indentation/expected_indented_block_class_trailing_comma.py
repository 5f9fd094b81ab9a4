class C(A, B,):
