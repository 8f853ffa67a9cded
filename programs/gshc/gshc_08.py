from dsl import *


def gshc_0160(I):
    x1 = palette(I)
    x2 = minimum(x1)
    x3 = rbind(remove, ZERO)
    x4 = apply(x3, I)
    x5 = astuple(rot180, rot270)
    x6 = rapply(x5, x4)
    x7 = merge(x6)
    x8 = bottomhalf(I)
    x9 = trim(x7)
    x10 = dedupe(x9)
    O = identity(x10)
    return O


def gshc_0161(I):
    x1 = hsplit(I, THREE)
    x2 = mapply(rot180, x1)
    x3 = palette(x2)
    x4 = other(x3, ONE)
    x5 = replace(x2, x4, FIVE)
    O = identity(x5)
    return O


def gshc_0162(I):
    x1 = shape(I)
    x2 = canvas(EIGHT, x1)
    x3 = bottomhalf(x2)
    x4 = vsplit(x3, THREE)
    x5 = apply(righthalf, x4)
    x6 = merge(x5)
    x7 = portrait(x6)
    x8 = branch(x7, x6, I)
    x9 = order(x4, size)
    x10 = merge(x9)
    x11 = colorcount(x10, FIVE)
    x12 = power(hmirror, TWO)
    x13 = x12(x10)
    x14 = matcher(leastcolor, x11)
    x15 = extract(x9, x14)
    x16 = order(x9, size)
    x17 = merge(x16)
    O = identity(x17)
    return O


def gshc_0163(I):
    x1 = hconcat(I, I)
    x2 = shape(I)
    x3 = canvas(TWO, x2)
    x4 = hupscale(x3, TWO)
    O = identity(x4)
    return O


def gshc_0164(I):
    x1 = last(I)
    x2 = repeat(x1, THREE)
    x3 = shape(x2)
    x4 = canvas(SEVEN, x3)
    x5 = vsplit(x4, TWO)
    x6 = argmax(x5, numcolors)
    x7 = replace(x6, FIVE, EIGHT)
    x8 = hupscale(x7, TWO)
    x9 = rbind(order, identity)
    x10 = apply(x9, x8)
    x11 = rbind(colorcount, ZERO)
    x12 = compose(positive, x11)
    x13 = sfilter(x5, x12)
    x14 = first(x13)
    x15 = argmax(x13, leastcolor)
    x16 = crop(x15, TWO_BY_TWO, ORIGIN)
    O = identity(x2)
    return O


def gshc_0165(I):
    x1 = vsplit(I, THREE)
    x2 = first(x1)
    x3 = colorcount(x2, ZERO)
    x4 = palette(x2)
    x5 = contained(ZERO, x4)
    x6 = branch(x5, x2, righthalf(x2))
    x7 = crop(x6, UNITY, UNITY)
    x8 = leastcommon(x7)
    x9 = repeat(x8, TWO)
    x10 = replace(I, SEVEN, SIX)
    O = identity(x10)
    return O


def gshc_0166(I):
    x1 = hconcat(I, I)
    x2 = hsplit(x1, THREE)
    x3 = valmin(x2, leastcolor)
    x4 = rbind(colorcount, SEVEN)
    x5 = compose(positive, x4)
    x6 = sfilter(x2, x5)
    x7 = first(x6)
    x8 = last(x6)
    O = identity(x8)
    return O


def gshc_0167(I):
    x1 = dmirror(I)
    x2 = height(x1)
    x3 = matcher(mostcolor, x2)
    x4 = vsplit(x1, TWO)
    x5 = extract(x4, x3)
    x6 = bottomhalf(I)
    O = identity(x6)
    return O


def gshc_0168(I):
    x1 = replace(I, TWO, SIX)
    x2 = vmirror(x1)
    x3 = vsplit(x2, TWO)
    x4 = apply(tophalf, x3)
    x5 = last(x4)
    x6 = rbind(remove, ZERO)
    x7 = apply(x6, x5)
    x8 = crop(x7, ORIGIN, RIGHT)
    x9 = bottomhalf(x8)
    x10 = interval(ZERO, SEVEN, ONE)
    x11 = apply(double, x10)
    x12 = minimum(x11)
    x13 = canvas(SIX, astuple(x12, THREE))
    O = identity(x13)
    return O


def gshc_0169(I):
    x1 = hsplit(I, THREE)
    x2 = argmax(x1, numcolors)
    x3 = upscale(x2, ONE)
    x4 = downscale(I, THREE)
    x5 = first(x1)
    x6 = vsplit(x5, TWO)
    x7 = argmax(x6, width)
    x8 = chain(lefthalf, cmirror, rot270)
    x9 = x8(I)
    x10 = mostcommon(x9)
    x11 = repeat(x10, ONE)
    O = identity(x4)
    return O


def gshc_0170(I):
    x1 = righthalf(I)
    x2 = vsplit(x1, TWO)
    x3 = apply(dmirror, x2)
    x4 = merge(x3)
    O = identity(x1)
    return O


def gshc_0171(I):
    x1 = shape(I)
    x2 = canvas(EIGHT, x1)
    x3 = hsplit(I, TWO)
    x4 = argmax(x3, leastcolor)
    O = identity(x2)
    return O


def gshc_0172(I):
    x1 = rot180(I)
    x2 = vsplit(x1, TWO)
    x3 = argmax(x2, mostcolor)
    O = identity(x1)
    return O


def gshc_0173(I):
    x1 = interval(ZERO, FOUR, ONE)
    x2 = apply(increment, x1)
    x3 = minimum(x2)
    x4 = canvas(ZERO, astuple(x3, TWO))
    x5 = hsplit(x4, TWO)
    x6 = argmin(x5, numcolors)
    x7 = vsplit(x4, TWO)
    x8 = last(x7)
    x9 = replace(x4, FOUR, NINE)
    x10 = lefthalf(x9)
    x11 = hmirror(I)
    O = identity(x11)
    return O


def gshc_0174(I):
    x1 = palette(I)
    x2 = first(x1)
    x3 = rbind(colorcount, ZERO)
    x4 = compose(positive, x3)
    x5 = hsplit(I, TWO)
    x6 = sfilter(x5, x4)
    x7 = first(x6)
    x8 = hconcat(x7, x7)
    x9 = subtract(x2, FOUR)
    x10 = invert(x9)
    x11 = replace(I, TWO, EIGHT)
    x12 = colorcount(x11, ONE)
    O = identity(x11)
    return O


def gshc_0175(I):
    x1 = bottomhalf(I)
    x2 = rbind(colorcount, ZERO)
    x3 = compose(positive, x2)
    x4 = vsplit(x1, THREE)
    x5 = sfilter(x4, x3)
    x6 = first(x5)
    x7 = rot180(x6)
    x8 = rot270(x7)
    x9 = dedupe(x8)
    x10 = colorcount(x9, FOUR)
    x11 = rbind(order, identity)
    x12 = apply(x11, x9)
    x13 = vmirror(x1)
    x14 = righthalf(I)
    O = identity(x14)
    return O


def gshc_0176(I):
    x1 = palette(I)
    x2 = other(x1, SIX)
    x3 = replace(I, x2, ONE)
    x4 = palette(I)
    x5 = size(x4)
    x6 = increment(x5)
    x7 = upscale(x3, THREE)
    x8 = fork(vconcat, identity, rot180)
    x9 = x8(x7)
    x10 = tophalf(I)
    O = identity(x10)
    return O


def gshc_0177(I):
    x1 = vsplit(I, TWO)
    x2 = order(x1, width)
    x3 = merge(x2)
    x4 = tophalf(I)
    x5 = vmirror(I)
    x6 = crop(x3, ORIGIN, RIGHT)
    O = identity(x6)
    return O


def gshc_0178(I):
    x1 = lefthalf(I)
    x2 = bottomhalf(I)
    x3 = rot180(x2)
    O = identity(x3)
    return O


def gshc_0179(I):
    x1 = hsplit(I, THREE)
    x2 = rbind(cellwise, THREE)
    x3 = papply(x2, x1, x1)
    x4 = merge(x3)
    x5 = portrait(x4)
    x6 = branch(x5, x4, I)
    x7 = vconcat(x6, x6)
    x8 = switch(x7, TWO, SIX)
    O = identity(x8)
    return O
