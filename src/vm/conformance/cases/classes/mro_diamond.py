class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Bad(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
