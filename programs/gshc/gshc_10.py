from dsl import *


def gshc_0200(I):
    x1 = righthalf(I)
    x2 = interval(ZERO, height(x1), ONE)
    x3 = apply(double, x2)
    x4 = minimum(x3)
    x5 = canvas(THREE, astuple(x4, TWO))
    x6 = matcher(numcolors, ZERO)
    x7 = hsplit(x5, THREE)
    x8 = extract(x7, x6)
    x9 = righthalf(x5)
    O = identity(x9)
    return O


def gshc_0201(I):
    x1 = palette(I)
    x2 = first(x1)
    x3 = hconcat(I, I)
    x4 = upscale(x3, TWO)
    x5 = divide(x2, x2)
    x6 = hupscale(x4, ONE)
    x7 = trim(x6)
    O = identity(x4)
    return O


def gshc_0202(I):
    x1 = vsplit(I, TWO)
    x2 = order(x1, size)
    x3 = merge(x2)
    x4 = argmax(x2, width)
    x5 = rbind(order, identity)
    x6 = apply(x5, x4)
    x7 = upscale(x3, ONE)
    x8 = shape(I)
    x9 = canvas(THREE, x8)
    x10 = dmirror(x9)
    O = identity(x10)
    return O


def gshc_0203(I):
    x1 = vsplit(I, TWO)
    x2 = argmax(x1, mostcolor)
    x3 = shape(x2)
    x4 = canvas(TWO, x3)
    x5 = fork(vconcat, identity, hmirror)
    x6 = x5(x4)
    x7 = rot90(x4)
    x8 = hsplit(x7, THREE)
    x9 = last(x8)
    x10 = vsplit(x4, TWO)
    x11 = argmax(x10, mostcolor)
    O = identity(x11)
    return O


def gshc_0204(I):
    x1 = shape(I)
    x2 = canvas(ZERO, x1)
    x3 = hconcat(I, x2)
    x4 = hmirror(x2)
    x5 = vmirror(x4)
    O = identity(x5)
    return O


def gshc_0205(I):
    x1 = palette(I)
    x2 = last(x1)
    x3 = vsplit(I, THREE)
    x4 = argmin(x3, numcolors)
    x5 = bottomhalf(x4)
    x6 = vupscale(x5, THREE)
    O = identity(x6)
    return O


def gshc_0206(I):
    x1 = colorcount(I, ONE)
    x2 = vsplit(I, THREE)
    x3 = valmax(x2, leastcolor)
    x4 = rbind(colorcount, ZERO)
    x5 = compose(positive, x4)
    x6 = sfilter(x2, x5)
    x7 = first(x6)
    x8 = interval(ZERO, height(I), ONE)
    x9 = apply(double, x8)
    x10 = minimum(x9)
    x11 = canvas(SIX, astuple(x10, TWO))
    x12 = divide(x10, x1)
    x13 = crop(x11, ORIGIN, ZERO_BY_TWO)
    x14 = switch(x13, TWO, ONE)
    x15 = tophalf(x14)
    x16 = trim(x15)
    O = identity(x7)
    return O


def gshc_0207(I):
    x1 = trim(I)
    x2 = vsplit(x1, TWO)
    x3 = order(x2, numcolors)
    x4 = merge(x3)
    x5 = leastcommon(x4)
    x6 = repeat(x5, ONE)
    x7 = upscale(x6, THREE)
    x8 = replace(x7, SEVEN, NINE)
    x9 = switch(x8, ONE, SIX)
    x10 = palette(x9)
    x11 = other(x10, TWO)
    x12 = replace(x9, x11, SEVEN)
    x13 = rot90(x8)
    x14 = shape(x13)
    x15 = canvas(ZERO, x14)
    O = identity(x15)
    return O


def gshc_0208(I):
    x1 = shape(I)
    x2 = canvas(NINE, x1)
    x3 = switch(x2, SIX, ZERO)
    x4 = shape(I)
    x5 = canvas(TWO, x4)
    x6 = crop(x5, UNITY, UNITY)
    O = identity(x6)
    return O


def gshc_0209(I):
    x1 = interval(ZERO, TWO, TWO)
    x2 = apply(increment, x1)
    x3 = maximum(x2)
    x4 = canvas(ZERO, astuple(x3, THREE))
    x5 = vmirror(x4)
    x6 = hsplit(x5, TWO)
    x7 = apply(bottomhalf, x6)
    x8 = last(x7)
    x9 = vsplit(x4, THREE)
    x10 = first(x9)
    O = identity(x4)
    return O


def gshc_0210(I):
    x1 = leastcommon(I)
    x2 = repeat(x1, TWO)
    x3 = righthalf(I)
    O = identity(x2)
    return O


def gshc_0211(I):
    x1 = vsplit(I, TWO)
    x2 = argmin(x1, height)
    x3 = chain(rot270, cmirror, righthalf)
    x4 = x3(x2)
    x5 = rbind(remove, ZERO)
    x6 = apply(x5, I)
    x7 = leastcolor(I)
    O = identity(x6)
    return O


def gshc_0212(I):
    x1 = vconcat(I, I)
    x2 = hsplit(x1, THREE)
    x3 = valmin(x2, leastcolor)
    x4 = rot270(x1)
    x5 = shape(x4)
    x6 = canvas(THREE, x5)
    x7 = first(x6)
    x8 = repeat(x7, THREE)
    x9 = hupscale(x8, TWO)
    O = identity(x9)
    return O


def gshc_0213(I):
    x1 = mostcommon(I)
    x2 = repeat(x1, ONE)
    x3 = astuple(hmirror, lefthalf)
    x4 = rapply(x3, x2)
    x5 = merge(x4)
    x6 = chain(cmirror, tophalf, lefthalf)
    x7 = x6(I)
    x8 = palette(x7)
    x9 = maximum(x8)
    x10 = first(x2)
    x11 = repeat(x10, TWO)
    x12 = hsplit(x11, THREE)
    x13 = order(x12, size)
    x14 = merge(x13)
    O = identity(x14)
    return O


def gshc_0214(I):
    x1 = rbind(colorcount, SEVEN)
    x2 = compose(positive, x1)
    x3 = vsplit(I, THREE)
    x4 = sfilter(x3, x2)
    x5 = first(x4)
    x6 = vsplit(x5, TWO)
    x7 = apply(trim, x6)
    x8 = first(x7)
    x9 = vupscale(x5, TWO)
    x10 = vsplit(x9, TWO)
    x11 = order(x10, width)
    x12 = merge(x11)
    x13 = shape(x12)
    x14 = canvas(EIGHT, x13)
    x15 = hsplit(I, THREE)
    x16 = vsplit(x9, THREE)
    x17 = papply(vconcat, x15, x16)
    x18 = merge(x17)
    x19 = rot270(x12)
    O = identity(x19)
    return O


def gshc_0215(I):
    x1 = compose(hmirror, cmirror)
    x2 = x1(I)
    x3 = rot90(I)
    x4 = compose(righthalf, rot90)
    x5 = x4(x3)
    x6 = compose(rot270, dmirror)
    x7 = x6(x5)
    x8 = dedupe(x7)
    x9 = rbind(upscale, ONE)
    x10 = x9(x8)
    x11 = astuple(rot90, righthalf)
    x12 = rapply(x11, x10)
    x13 = merge(x12)
    x14 = shape(x13)
    x15 = canvas(TWO, x14)
    x16 = power(vmirror, THREE)
    x17 = x16(I)
    x18 = hmirror(I)
    O = identity(x18)
    return O


def gshc_0216(I):
    x1 = hconcat(I, I)
    x2 = compose(bottomhalf, tophalf)
    x3 = x2(x1)
    x4 = bottomhalf(x3)
    O = identity(x4)
    return O


def gshc_0217(I):
    x1 = rbind(colorcount, THREE)
    x2 = compose(positive, x1)
    x3 = hsplit(I, THREE)
    x4 = sfilter(x3, x2)
    x5 = first(x4)
    x6 = mostcommon(x5)
    x7 = repeat(x6, TWO)
    x8 = order(x3, mostcolor)
    x9 = merge(x8)
    x10 = hsplit(x9, THREE)
    x11 = apply(vmirror, x10)
    x12 = last(x11)
    x13 = bottomhalf(x12)
    x14 = first(x8)
    O = identity(x14)
    return O


def gshc_0218(I):
    x1 = palette(I)
    x2 = other(x1, FIVE)
    x3 = replace(I, x2, THREE)
    x4 = palette(x3)
    x5 = last(x4)
    x6 = multiply(x2, SIX)
    x7 = interval(ZERO, height(I), TWO)
    x8 = apply(decrement, x7)
    x9 = minimum(x8)
    x10 = canvas(ONE, astuple(x9, ONE))
    x11 = leastcommon(I)
    x12 = repeat(x11, THREE)
    x13 = rot90(x12)
    x14 = colorcount(x13, TWO)
    x15 = dmirror(x13)
    x16 = mostcommon(x15)
    x17 = repeat(x16, TWO)
    O = identity(x17)
    return O


def gshc_0219(I):
    x1 = hsplit(I, THREE)
    x2 = last(x1)
    x3 = hconcat(x2, I)
    x4 = argmax(x1, numcolors)
    x5 = lefthalf(x4)
    x6 = replace(x5, SIX, SIX)
    x7 = interval(ZERO, width(x6), TWO)
    x8 = apply(halve, x7)
    x9 = maximum(x8)
    x10 = canvas(SIX, astuple(x9, ONE))
    x11 = vsplit(x10, TWO)
    x12 = mapply(cmirror, x11)
    x13 = vsplit(x3, THREE)
    x14 = argmax(x13, mostcolor)
    x15 = vsplit(x12, TWO)
    x16 = apply(rot270, x15)
    x17 = first(x16)
    O = identity(x17)
    return O
