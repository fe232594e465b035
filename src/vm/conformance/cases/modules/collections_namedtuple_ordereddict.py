from collections import namedtuple, OrderedDict, ChainMap
Employee = namedtuple("Employee", "name dept salary")
staff = [Employee("ann", "eng", 120), Employee("bob", "ops", 90), Employee("cy", "eng", 110)]
by_dept = OrderedDict()
for e in sorted(staff, key=lambda e: e.dept):
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(list(od), od.popitem(last=False), od)
print(max(staff, key=lambda e: e.salary), staff[0]._replace(salary=130))
cm = ChainMap({"x": 1}, {"x": 2, "y": 3})
print(cm["x"], cm["y"], len(cm), dict(cm))
