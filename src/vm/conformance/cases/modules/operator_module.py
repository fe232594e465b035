import operator
print(operator.add(2, 3), operator.mul(4, 5), operator.neg(3), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.itemgetter(1)([9, 8, 7]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3))
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=operator.itemgetter(1)), max(pairs, key=operator.itemgetter(0)))
print(operator.methodcaller("upper")("abc"), operator.methodcaller("split", ",")("a,b"))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.contains([1, 2], 2), operator.not_(0), operator.truth([]))
import functools
print(functools.reduce(operator.or_, [1, 2, 4]), operator.index(5), operator.concat([1], [2]))
