from dsl import *


def gshc_0180(I):
    x1 = vsplit(I, TWO)
    x2 = last(x1)
    x3 = last(x1)
    x4 = bottomhalf(x3)
    x5 = astuple(rot90, rot270)
    x6 = rapply(x5, x4)
    x7 = first(x6)
    x8 = compose(rot180, lefthalf)
    x9 = x8(x7)
    x10 = order(x6, leastcolor)
    x11 = merge(x10)
    x12 = hsplit(x9, TWO)
    x13 = mapply(rot270, x12)
    x14 = bottomhalf(I)
    O = identity(x14)
    return O


def gshc_0181(I):
    x1 = portrait(I)
    x2 = branch(x1, I, I)
    x3 = crop(x2, UNITY, RIGHT)
    x4 = bottomhalf(I)
    O = identity(x4)
    return O


def gshc_0182(I):
    x1 = hsplit(I, THREE)
    x2 = valmax(x1, width)
    x3 = matcher(numcolors, x2)
    x4 = vsplit(I, THREE)
    x5 = extract(x4, x3)
    x6 = vsplit(x5, THREE)
    x7 = order(x6, mostcolor)
    x8 = merge(x7)
    x9 = replace(x8, NINE, SEVEN)
    x10 = colorcount(x9, FOUR)
    x11 = hconcat(x9, x9)
    x12 = subtract(x10, FOUR)
    x13 = papply(vconcat, x7, x7)
    x14 = merge(x13)
    O = identity(x14)
    return O


def gshc_0183(I):
    x1 = righthalf(I)
    x2 = fork(hconcat, identity, lefthalf)
    x3 = x2(I)
    x4 = hsplit(x3, TWO)
    x5 = last(x4)
    x6 = size(x5)
    O = identity(x1)
    return O


def gshc_0184(I):
    x1 = righthalf(I)
    x2 = crop(x1, TWO_BY_TWO, RIGHT)
    x3 = hsplit(x2, TWO)
    x4 = order(x3, width)
    x5 = merge(x4)
    x6 = palette(x5)
    x7 = other(x6, ZERO)
    x8 = replace(x5, x7, ZERO)
    x9 = vmirror(x1)
    x10 = hconcat(I, x9)
    x11 = compose(cmirror, hmirror)
    x12 = x11(x10)
    O = identity(x12)
    return O


def gshc_0185(I):
    x1 = replace(I, ZERO, TWO)
    x2 = upscale(I, ONE)
    x3 = vsplit(x2, THREE)
    x4 = order(x3, leastcolor)
    x5 = merge(x4)
    x6 = vmirror(I)
    O = identity(x6)
    return O


def gshc_0186(I):
    x1 = bottomhalf(I)
    x2 = vupscale(I, THREE)
    x3 = rot180(I)
    x4 = palette(x3)
    x5 = other(x4, SIX)
    x6 = replace(x3, x5, FIVE)
    x7 = palette(x6)
    x8 = contained(NINE, x7)
    x9 = branch(x8, x6, hmirror(x6))
    x10 = power(cmirror, TWO)
    x11 = x10(x9)
    x12 = vsplit(x11, THREE)
    x13 = apply(bottomhalf, x12)
    x14 = last(x13)
    x15 = hsplit(x14, THREE)
    x16 = order(x15, height)
    x17 = merge(x16)
    O = identity(x17)
    return O


def gshc_0187(I):
    x1 = palette(I)
    x2 = size(x1)
    x3 = dmirror(I)
    x4 = upscale(x3, THREE)
    x5 = replace(x4, TWO, EIGHT)
    x6 = palette(x5)
    x7 = other(x6, THREE)
    x8 = replace(x5, x7, FOUR)
    x9 = fork(vconcat, identity, vmirror)
    x10 = x9(x8)
    O = identity(x10)
    return O


def gshc_0188(I):
    x1 = replace(I, FOUR, NINE)
    x2 = colorcount(x1, FIVE)
    O = identity(x1)
    return O


def gshc_0189(I):
    x1 = last(I)
    x2 = repeat(x1, TWO)
    x3 = hupscale(x2, ONE)
    x4 = shape(x3)
    x5 = canvas(ZERO, x4)
    x6 = lefthalf(x5)
    x7 = chain(hmirror, rot270, tophalf)
    x8 = x7(x2)
    x9 = rot270(x2)
    O = identity(x9)
    return O


def gshc_0190(I):
    x1 = interval(ZERO, height(I), ONE)
    x2 = apply(invert, x1)
    x3 = size(x2)
    x4 = canvas(SIX, astuple(x3, THREE))
    x5 = vsplit(x4, TWO)
    x6 = first(x5)
    O = identity(x4)
    return O


def gshc_0191(I):
    x1 = hsplit(I, THREE)
    x2 = last(x1)
    x3 = hsplit(x2, TWO)
    x4 = argmin(x3, leastcolor)
    x5 = matcher(leastcolor, EIGHT)
    x6 = vsplit(x4, TWO)
    x7 = extract(x6, x5)
    x8 = chain(dmirror, bottomhalf, tophalf)
    x9 = x8(x7)
    O = identity(x4)
    return O


def gshc_0192(I):
    x1 = vconcat(I, I)
    x2 = first(x1)
    x3 = repeat(x2, ONE)
    x4 = mostcommon(x3)
    x5 = repeat(x4, THREE)
    x6 = cmirror(x5)
    x7 = shape(x6)
    x8 = canvas(NINE, x7)
    x9 = dmirror(x6)
    x10 = cmirror(x3)
    x11 = shape(x10)
    x12 = canvas(SEVEN, x11)
    O = identity(x5)
    return O


def gshc_0193(I):
    x1 = power(rot180, TWO)
    x2 = x1(I)
    x3 = power(rot90, TWO)
    x4 = x3(I)
    O = identity(x4)
    return O


def gshc_0194(I):
    x1 = vsplit(I, TWO)
    x2 = apply(cmirror, x1)
    x3 = first(x2)
    x4 = argmin(x2, height)
    x5 = replace(x4, EIGHT, SEVEN)
    x6 = crop(x5, UNITY, TWO_BY_TWO)
    x7 = last(x2)
    x8 = shape(I)
    x9 = canvas(EIGHT, x8)
    O = identity(x7)
    return O


def gshc_0195(I):
    x1 = lefthalf(I)
    x2 = vmirror(x1)
    x3 = tophalf(x2)
    x4 = hsplit(x3, TWO)
    x5 = order(x4, height)
    x6 = merge(x5)
    x7 = bottomhalf(I)
    O = identity(x7)
    return O


def gshc_0196(I):
    x1 = upscale(I, ONE)
    x2 = matcher(numcolors, SEVEN)
    x3 = hsplit(x1, TWO)
    x4 = extract(x3, x2)
    x5 = hsplit(I, TWO)
    x6 = valmax(x5, size)
    x7 = crop(x4, UNITY, RIGHT)
    x8 = vmirror(x7)
    x9 = interval(ZERO, ZERO, TWO)
    x10 = apply(halve, x9)
    x11 = minimum(x10)
    x12 = canvas(FOUR, astuple(x11, ONE))
    x13 = interval(ZERO, ONE, ONE)
    x14 = apply(increment, x13)
    x15 = minimum(x14)
    x16 = canvas(ONE, astuple(x15, TWO))
    x17 = rbind(colorcount, ZERO)
    x18 = compose(positive, x17)
    x19 = sfilter(x5, x18)
    x20 = first(x19)
    O = identity(x20)
    return O


def gshc_0197(I):
    x1 = hsplit(I, TWO)
    x2 = rbind(cellwise, FIVE)
    x3 = papply(x2, x1, x1)
    x4 = merge(x3)
    x5 = rbind(remove, ZERO)
    x6 = apply(x5, x4)
    O = identity(x6)
    return O


def gshc_0198(I):
    x1 = vsplit(I, TWO)
    x2 = mapply(rot90, x1)
    x3 = palette(x2)
    x4 = other(x3, NINE)
    x5 = replace(x2, x4, ONE)
    O = identity(x5)
    return O


def gshc_0199(I):
    x1 = interval(ZERO, height(I), TWO)
    x2 = apply(invert, x1)
    x3 = size(x2)
    x4 = canvas(FIVE, astuple(x3, TWO))
    x5 = fork(vconcat, identity, rot270)
    x6 = x5(x4)
    x7 = rot90(x6)
    x8 = portrait(x7)
    x9 = branch(x8, x7, I)
    x10 = lefthalf(x9)
    x11 = hconcat(x10, x4)
    x12 = vsplit(x10, TWO)
    x13 = first(x12)
    x14 = vupscale(x7, ONE)
    O = identity(x7)
    return O
