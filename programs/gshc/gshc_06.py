from dsl import *


def gshc_0120(I):
    x1 = dedupe(I)
    x2 = dmirror(x1)
    x3 = shape(x2)
    x4 = canvas(TWO, x3)
    O = identity(x4)
    return O


def gshc_0121(I):
    x1 = hsplit(I, THREE)
    x2 = mapply(rot90, x1)
    x3 = height(x2)
    x4 = rbind(upscale, ONE)
    x5 = x4(x2)
    x6 = first(x5)
    x7 = repeat(x6, ONE)
    x8 = rot90(x7)
    x9 = rot180(x8)
    x10 = last(x8)
    x11 = repeat(x10, TWO)
    O = identity(x11)
    return O


def gshc_0122(I):
    x1 = hsplit(I, TWO)
    x2 = hsplit(I, TWO)
    x3 = papply(hconcat, x1, x2)
    x4 = merge(x3)
    x5 = colorcount(x4, ONE)
    x6 = hsplit(x4, THREE)
    x7 = argmax(x6, mostcolor)
    O = identity(x7)
    return O


def gshc_0123(I):
    x1 = colorcount(I, SIX)
    x2 = colorcount(I, SEVEN)
    x3 = hsplit(I, THREE)
    x4 = argmax(x3, size)
    x5 = order(x3, size)
    x6 = merge(x5)
    x7 = vsplit(x6, THREE)
    x8 = mapply(hmirror, x7)
    O = identity(x8)
    return O


def gshc_0124(I):
    x1 = astuple(cmirror, hmirror)
    x2 = rapply(x1, I)
    x3 = last(x2)
    x4 = hsplit(x3, THREE)
    x5 = first(x4)
    x6 = hupscale(I, THREE)
    x7 = rot270(x6)
    x8 = shape(x5)
    x9 = canvas(TWO, x8)
    x10 = shape(x6)
    x11 = canvas(ONE, x10)
    O = identity(x7)
    return O


def gshc_0125(I):
    x1 = vsplit(I, THREE)
    x2 = order(x1, mostcolor)
    x3 = merge(x2)
    x4 = vsplit(x3, THREE)
    x5 = vsplit(x3, TWO)
    x6 = papply(hconcat, x4, x5)
    x7 = merge(x6)
    x8 = astuple(tophalf, trim)
    x9 = rapply(x8, x7)
    x10 = last(x9)
    x11 = hsplit(x10, TWO)
    x12 = order(x11, mostcolor)
    x13 = merge(x12)
    x14 = vsplit(x10, THREE)
    x15 = order(x14, mostcolor)
    x16 = merge(x15)
    x17 = vmirror(x16)
    x18 = rot270(I)
    O = identity(x18)
    return O


def gshc_0126(I):
    x1 = vsplit(I, TWO)
    x2 = last(x1)
    x3 = shape(x2)
    x4 = canvas(ONE, x3)
    x5 = switch(I, NINE, ZERO)
    x6 = hsplit(x5, TWO)
    x7 = apply(rot270, x6)
    x8 = last(x7)
    O = identity(x8)
    return O


def gshc_0127(I):
    x1 = matcher(size, FIVE)
    x2 = vsplit(I, THREE)
    x3 = extract(x2, x1)
    x4 = shape(x3)
    x5 = canvas(EIGHT, x4)
    x6 = argmin(x2, height)
    x7 = dmirror(I)
    O = identity(x5)
    return O


def gshc_0128(I):
    x1 = downscale(I, TWO)
    x2 = vupscale(x1, ONE)
    x3 = cmirror(x1)
    x4 = vconcat(x3, x3)
    x5 = vsplit(x1, TWO)
    x6 = argmax(x5, leastcolor)
    x7 = leastcolor(x6)
    O = identity(x2)
    return O


def gshc_0129(I):
    x1 = vsplit(I, THREE)
    x2 = first(x1)
    x3 = replace(x2, FIVE, TWO)
    x4 = apply(dmirror, x1)
    x5 = merge(x4)
    x6 = rbind(colorcount, ZERO)
    x7 = compose(positive, x6)
    x8 = sfilter(x4, x7)
    x9 = first(x8)
    x10 = cmirror(x9)
    x11 = vsplit(x10, THREE)
    x12 = last(x11)
    O = identity(x3)
    return O


def gshc_0130(I):
    x1 = vsplit(I, TWO)
    x2 = apply(righthalf, x1)
    x3 = last(x2)
    x4 = downscale(x3, TWO)
    x5 = hupscale(x4, TWO)
    x6 = fork(hconcat, identity, rot270)
    x7 = x6(x5)
    x8 = argmin(x1, mostcolor)
    x9 = size(x8)
    O = identity(x8)
    return O


def gshc_0131(I):
    x1 = hsplit(I, THREE)
    x2 = mapply(rot270, x1)
    x3 = shape(I)
    x4 = canvas(THREE, x3)
    x5 = order(x1, size)
    x6 = merge(x5)
    x7 = shape(I)
    x8 = canvas(NINE, x7)
    x9 = righthalf(x8)
    x10 = hsplit(x9, TWO)
    x11 = papply(hconcat, x1, x10)
    x12 = merge(x11)
    x13 = lefthalf(x12)
    x14 = palette(x13)
    x15 = contained(SEVEN, x14)
    x16 = branch(x15, x13, vmirror(x13))
    x17 = replace(x16, SEVEN, NINE)
    O = identity(x17)
    return O


def gshc_0132(I):
    x1 = palette(I)
    x2 = other(x1, ZERO)
    x3 = replace(I, x2, ONE)
    x4 = dmirror(I)
    x5 = vsplit(x4, TWO)
    x6 = argmax(x5, leastcolor)
    O = identity(x6)
    return O


def gshc_0133(I):
    x1 = vsplit(I, TWO)
    x2 = valmin(x1, leastcolor)
    x3 = compose(rot270, bottomhalf)
    x4 = x3(I)
    O = identity(x4)
    return O


def gshc_0134(I):
    x1 = compose(tophalf, trim)
    x2 = x1(I)
    x3 = hconcat(x2, I)
    x4 = compose(rot90, tophalf)
    x5 = x4(x3)
    x6 = hmirror(x5)
    x7 = bottomhalf(x6)
    O = identity(x6)
    return O


def gshc_0135(I):
    x1 = vsplit(I, THREE)
    x2 = argmin(x1, leastcolor)
    x3 = hconcat(x2, x2)
    x4 = righthalf(x3)
    x5 = rbind(colorcount, SEVEN)
    x6 = compose(positive, x5)
    x7 = vsplit(x2, THREE)
    x8 = sfilter(x7, x6)
    x9 = first(x8)
    x10 = chain(rot90, vmirror, trim)
    x11 = x10(x9)
    x12 = rbind(hupscale, ONE)
    x13 = x12(x11)
    x14 = argmin(x7, leastcolor)
    O = identity(x9)
    return O


def gshc_0136(I):
    x1 = fork(vconcat, identity, hmirror)
    x2 = x1(I)
    x3 = rbind(order, identity)
    x4 = apply(x3, I)
    x5 = power(rot270, THREE)
    x6 = x5(I)
    x7 = hsplit(x6, TWO)
    x8 = last(x7)
    x9 = trim(I)
    O = identity(x9)
    return O


def gshc_0137(I):
    x1 = interval(ZERO, height(I), ONE)
    x2 = apply(double, x1)
    x3 = size(x2)
    x4 = canvas(SIX, astuple(x3, ONE))
    x5 = astuple(bottomhalf, tophalf)
    x6 = rapply(x5, x4)
    x7 = last(x6)
    x8 = numcolors(x7)
    x9 = vsplit(I, THREE)
    x10 = last(x9)
    x11 = hsplit(x10, TWO)
    x12 = last(x11)
    x13 = order(x11, leastcolor)
    x14 = merge(x13)
    O = identity(x14)
    return O


def gshc_0138(I):
    x1 = vsplit(I, THREE)
    x2 = apply(rot270, x1)
    x3 = last(x2)
    x4 = palette(x3)
    x5 = maximum(x4)
    x6 = last(x2)
    O = identity(x6)
    return O


def gshc_0139(I):
    x1 = shape(I)
    x2 = canvas(ONE, x1)
    x3 = shape(x2)
    x4 = canvas(TWO, x3)
    x5 = compose(cmirror, rot270)
    x6 = x5(x4)
    x7 = fork(vconcat, identity, cmirror)
    x8 = x7(x6)
    x9 = vsplit(x8, TWO)
    x10 = vsplit(x4, TWO)
    x11 = rbind(cellwise, ZERO)
    x12 = papply(x11, x9, x10)
    x13 = merge(x12)
    O = identity(x6)
    return O
