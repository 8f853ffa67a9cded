from dsl import *


def gshc_0100(I):
    x1 = righthalf(I)
    x2 = vsplit(I, TWO)
    x3 = apply(cmirror, x2)
    x4 = last(x3)
    x5 = righthalf(x4)
    x6 = bottomhalf(x5)
    x7 = apply(rot270, x2)
    x8 = first(x7)
    x9 = shape(I)
    x10 = canvas(FOUR, x9)
    x11 = crop(x10, UNITY, ZERO_BY_TWO)
    x12 = lefthalf(x11)
    O = identity(x12)
    return O


def gshc_0101(I):
    x1 = width(I)
    x2 = hsplit(I, TWO)
    x3 = argmax(x2, size)
    x4 = vsplit(I, TWO)
    x5 = first(x4)
    O = identity(x5)
    return O


def gshc_0102(I):
    x1 = downscale(I, TWO)
    x2 = fork(hconcat, identity, tophalf)
    x3 = x2(I)
    x4 = square(x3)
    x5 = branch(x4, x3, I)
    x6 = hsplit(x5, TWO)
    x7 = mapply(hmirror, x6)
    x8 = bottomhalf(x7)
    x9 = shape(x8)
    x10 = canvas(FIVE, x9)
    x11 = mapply(vmirror, x6)
    O = identity(x7)
    return O


def gshc_0103(I):
    x1 = cmirror(I)
    x2 = shape(x1)
    x3 = canvas(ZERO, x2)
    x4 = palette(x3)
    x5 = other(x4, FOUR)
    x6 = replace(x3, x5, NINE)
    O = identity(x6)
    return O


def gshc_0104(I):
    x1 = replace(I, TWO, EIGHT)
    x2 = vsplit(x1, THREE)
    x3 = apply(rot90, x2)
    x4 = merge(x3)
    x5 = lefthalf(I)
    O = identity(x5)
    return O


def gshc_0105(I):
    x1 = hsplit(I, TWO)
    x2 = argmax(x1, size)
    x3 = vmirror(x2)
    x4 = replace(x3, ONE, SIX)
    x5 = downscale(x4, ONE)
    x6 = power(rot180, THREE)
    x7 = x6(x5)
    x8 = bottomhalf(x7)
    x9 = vconcat(x2, x8)
    x10 = chain(rot180, tophalf, rot270)
    x11 = x10(x7)
    O = identity(x11)
    return O


def gshc_0106(I):
    x1 = righthalf(I)
    x2 = downscale(x1, THREE)
    x3 = hsplit(x2, THREE)
    x4 = mapply(cmirror, x3)
    O = identity(x4)
    return O


def gshc_0107(I):
    x1 = hsplit(I, THREE)
    x2 = valmin(x1, size)
    x3 = fork(vconcat, identity, dmirror)
    x4 = x3(I)
    x5 = last(x1)
    x6 = crop(I, TWO_BY_TWO, RIGHT)
    x7 = vsplit(x6, THREE)
    x8 = rbind(cellwise, SIX)
    x9 = papply(x8, x7, x7)
    x10 = merge(x9)
    x11 = bottomhalf(x10)
    x12 = vsplit(x4, TWO)
    x13 = last(x12)
    O = identity(x13)
    return O


def gshc_0108(I):
    x1 = compose(rot270, cmirror)
    x2 = x1(I)
    x3 = palette(I)
    x4 = contained(TWO, x3)
    x5 = branch(x4, I, rot270(I))
    x6 = shape(x5)
    x7 = canvas(ZERO, x6)
    x8 = chain(rot270, rot90, rot180)
    x9 = x8(x7)
    x10 = power(hmirror, THREE)
    x11 = x10(x9)
    O = identity(x7)
    return O


def gshc_0109(I):
    x1 = square(I)
    x2 = branch(x1, I, I)
    x3 = vsplit(I, TWO)
    x4 = order(x3, numcolors)
    x5 = merge(x4)
    x6 = valmax(x4, leastcolor)
    x7 = numcolors(x5)
    x8 = width(x5)
    x9 = rbind(cellwise, ONE)
    x10 = papply(x9, x3, x4)
    x11 = merge(x10)
    x12 = hupscale(x2, TWO)
    x13 = invert(x7)
    O = identity(x12)
    return O


def gshc_0110(I):
    x1 = dmirror(I)
    x2 = replace(I, SIX, FIVE)
    x3 = vconcat(x1, x2)
    O = identity(x3)
    return O


def gshc_0111(I):
    x1 = palette(I)
    x2 = contained(NINE, x1)
    x3 = branch(x2, I, vmirror(I))
    x4 = palette(x3)
    x5 = other(x4, NINE)
    x6 = replace(x3, x5, ONE)
    x7 = subtract(x5, x5)
    x8 = vconcat(I, x6)
    O = identity(x3)
    return O


def gshc_0112(I):
    x1 = numcolors(I)
    x2 = rot90(I)
    x3 = hsplit(x2, TWO)
    x4 = argmin(x3, numcolors)
    x5 = rbind(colorcount, TWO)
    x6 = compose(positive, x5)
    x7 = hsplit(x4, TWO)
    x8 = sfilter(x7, x6)
    x9 = first(x8)
    x10 = righthalf(x9)
    x11 = hsplit(x10, THREE)
    x12 = order(x11, numcolors)
    x13 = merge(x12)
    x14 = downscale(x13, TWO)
    x15 = hconcat(x10, x9)
    O = identity(x15)
    return O


def gshc_0113(I):
    x1 = dmirror(I)
    x2 = vsplit(I, THREE)
    x3 = order(x2, numcolors)
    x4 = merge(x3)
    x5 = bottomhalf(x4)
    O = identity(x5)
    return O


def gshc_0114(I):
    x1 = switch(I, SIX, SEVEN)
    x2 = astuple(vmirror, trim)
    x3 = rapply(x2, x1)
    x4 = last(x3)
    x5 = compose(righthalf, lefthalf)
    x6 = x5(x4)
    x7 = hmirror(x6)
    x8 = power(hmirror, THREE)
    x9 = x8(x6)
    x10 = portrait(x9)
    x11 = branch(x10, x9, I)
    O = identity(x11)
    return O


def gshc_0115(I):
    x1 = crop(I, UNITY, THREE_BY_THREE)
    x2 = palette(x1)
    x3 = contained(NINE, x2)
    x4 = branch(x3, x1, dmirror(x1))
    x5 = upscale(x4, ONE)
    x6 = mostcolor(x5)
    x7 = colorcount(x5, SEVEN)
    O = identity(x5)
    return O


def gshc_0116(I):
    x1 = shape(I)
    x2 = canvas(EIGHT, x1)
    x3 = upscale(x2, THREE)
    x4 = cmirror(x3)
    x5 = hsplit(x4, THREE)
    x6 = argmin(x5, mostcolor)
    x7 = last(x5)
    x8 = shape(I)
    x9 = canvas(TWO, x8)
    x10 = portrait(x9)
    x11 = branch(x10, x9, I)
    O = identity(x11)
    return O


def gshc_0117(I):
    x1 = hsplit(I, THREE)
    x2 = valmax(x1, size)
    x3 = tophalf(I)
    x4 = rbind(hupscale, TWO)
    x5 = x4(x3)
    x6 = rbind(order, identity)
    x7 = apply(x6, x5)
    x8 = valmax(x1, leastcolor)
    x9 = hconcat(I, I)
    x10 = bottomhalf(x5)
    O = identity(x10)
    return O


def gshc_0118(I):
    x1 = crop(I, ORIGIN, UNITY)
    x2 = cmirror(I)
    x3 = vconcat(I, x2)
    x4 = portrait(x1)
    x5 = branch(x4, x1, I)
    x6 = hmirror(I)
    x7 = rot180(x6)
    x8 = mostcommon(x7)
    x9 = repeat(x8, TWO)
    x10 = square(x9)
    x11 = branch(x10, x9, I)
    O = identity(x11)
    return O


def gshc_0119(I):
    x1 = compose(rot90, rot270)
    x2 = x1(I)
    x3 = palette(x2)
    x4 = other(x3, TWO)
    x5 = replace(x2, x4, THREE)
    x6 = square(x5)
    x7 = branch(x6, x5, I)
    x8 = switch(x7, SEVEN, FOUR)
    x9 = invert(x4)
    x10 = cmirror(x8)
    x11 = chain(righthalf, hmirror, rot270)
    x12 = x11(x10)
    x13 = last(x12)
    x14 = repeat(x13, TWO)
    x15 = palette(x2)
    x16 = last(x15)
    O = identity(x14)
    return O
