"""Iterator building blocks."""


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    while saved:
        for x in saved:
            yield x


def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    else:
        for _ in range(times):
            yield obj


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = func(total, x) if func is not None else total + x
        yield total


class chain:
    def __init__(self, *iterables):
        self._its = iter(iterables)
        self._cur = iter(())

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._its = iter(iterables)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            try:
                return next(self._cur)
            except StopIteration:
                self._cur = iter(next(self._its))


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def islice(iterable, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, s.step or 1
    if start < 0 or (stop is not None and stop < 0) or step <= 0:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    it = iter(iterable)
    i = 0
    nexti = start
    while stop is None or i < stop:
        try:
            x = next(it)
        except StopIteration:
            return
        if i == nexti:
            yield x
            nexti += step
        i += 1


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def batched(iterable, n):
    if n < 1:
        raise ValueError("n must be at least one")
    batch = []
    for x in iterable:
        batch.append(x)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)


def tee(iterable, n=2):
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(buf):
        while True:
            if not buf:
                try:
                    x = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(x)
            yield buf.pop(0)

    return tuple(gen(b) for b in buffers)


def zip_longest(*iterables, fillvalue=None):
    its = [iter(x) for x in iterables]
    active = len(its)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(its):
            try:
                values.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                its[i] = repeat(fillvalue)
                values.append(fillvalue)
        yield tuple(values)


class groupby:
    def __init__(self, iterable, key=None):
        self._key = key if key is not None else (lambda x: x)
        self._it = iter(iterable)
        self._done = False
        self._pending = False
        self._advance()

    def _advance(self):
        try:
            self._cur = next(self._it)
            self._curkey = self._key(self._cur)
            self._pending = True
        except StopIteration:
            self._done = True
            self._pending = False

    def __iter__(self):
        return self

    def __next__(self):
        if hasattr(self, "_group_key"):
            while not self._done and self._pending and self._curkey == self._group_key:
                self._advance()
        if self._done:
            raise StopIteration
        self._group_key = self._curkey
        return self._curkey, self._grouper(self._curkey)

    def _grouper(self, key):
        while not self._done and self._curkey == key:
            value = self._cur
            self._advance()
            yield value


def product(*iterables, repeat=1):
    pools = [tuple(p) for p in iterables] * repeat
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for p in result:
        yield p


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
