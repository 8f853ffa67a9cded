from dsl import *


def gshc_0020(I):
    x1 = rbind(order, identity)
    x2 = apply(x1, I)
    x3 = crop(x2, UNITY, RIGHT)
    x4 = chain(dmirror, bottomhalf, hmirror)
    x5 = x4(x3)
    O = identity(x5)
    return O


def gshc_0021(I):
    x1 = leastcommon(I)
    x2 = repeat(x1, TWO)
    x3 = shape(I)
    x4 = canvas(NINE, x3)
    x5 = fork(vconcat, identity, hmirror)
    x6 = x5(I)
    x7 = interval(ZERO, NINE, ONE)
    x8 = apply(decrement, x7)
    x9 = maximum(x8)
    x10 = canvas(SEVEN, astuple(x9, THREE))
    x11 = first(x6)
    x12 = repeat(x11, TWO)
    x13 = lefthalf(x12)
    x14 = hsplit(x2, TWO)
    x15 = last(x14)
    x16 = trim(I)
    O = identity(x15)
    return O


def gshc_0022(I):
    x1 = rot180(I)
    x2 = vsplit(I, THREE)
    x3 = argmax(x2, mostcolor)
    x4 = trim(x1)
    x5 = rbind(hupscale, ONE)
    x6 = x5(I)
    x7 = upscale(x6, ONE)
    x8 = vsplit(x7, TWO)
    x9 = vsplit(x7, THREE)
    x10 = papply(hconcat, x8, x9)
    x11 = merge(x10)
    x12 = palette(x11)
    x13 = other(x12, ZERO)
    x14 = replace(x11, x13, ZERO)
    O = identity(x14)
    return O


def gshc_0023(I):
    x1 = hsplit(I, THREE)
    x2 = order(x1, leastcolor)
    x3 = merge(x2)
    x4 = vsplit(x3, THREE)
    x5 = order(x4, leastcolor)
    x6 = merge(x5)
    x7 = bottomhalf(x6)
    x8 = vsplit(x7, TWO)
    x9 = mapply(rot270, x8)
    O = identity(x9)
    return O


def gshc_0024(I):
    x1 = hsplit(I, THREE)
    x2 = valmin(x1, height)
    x3 = rot270(I)
    x4 = switch(x3, SEVEN, ZERO)
    O = identity(x3)
    return O


def gshc_0025(I):
    x1 = vsplit(I, THREE)
    x2 = apply(cmirror, x1)
    x3 = merge(x2)
    x4 = mostcommon(x3)
    x5 = repeat(x4, TWO)
    x6 = vconcat(x5, x5)
    O = identity(x6)
    return O


def gshc_0026(I):
    x1 = palette(I)
    x2 = other(x1, EIGHT)
    x3 = replace(I, x2, NINE)
    x4 = crop(x3, TWO_BY_TWO, UNITY)
    x5 = hsplit(x4, TWO)
    x6 = apply(cmirror, x5)
    x7 = last(x6)
    x8 = colorcount(x7, FOUR)
    x9 = vsplit(x7, THREE)
    x10 = order(x9, mostcolor)
    x11 = merge(x10)
    x12 = hsplit(x11, TWO)
    x13 = valmin(x12, width)
    x14 = rbind(colorcount, THREE)
    x15 = compose(positive, x14)
    x16 = vsplit(x4, THREE)
    x17 = sfilter(x16, x15)
    x18 = first(x17)
    x19 = palette(x18)
    x20 = last(x19)
    x21 = vsplit(x18, TWO)
    x22 = argmax(x21, numcolors)
    O = identity(x18)
    return O


def gshc_0027(I):
    x1 = bottomhalf(I)
    x2 = hmirror(x1)
    x3 = bottomhalf(I)
    x4 = dedupe(x2)
    x5 = leastcolor(x1)
    x6 = downscale(x1, THREE)
    O = identity(x6)
    return O


def gshc_0028(I):
    x1 = cmirror(I)
    x2 = vconcat(x1, x1)
    x3 = switch(x2, ZERO, EIGHT)
    x4 = vsplit(x2, THREE)
    x5 = order(x4, mostcolor)
    x6 = merge(x5)
    x7 = downscale(x6, THREE)
    x8 = mostcommon(x2)
    x9 = repeat(x8, TWO)
    O = identity(x6)
    return O


def gshc_0029(I):
    x1 = vsplit(I, THREE)
    x2 = mapply(rot90, x1)
    x3 = square(x2)
    x4 = branch(x3, x2, I)
    O = identity(x2)
    return O


def gshc_0030(I):
    x1 = hconcat(I, I)
    x2 = vsplit(x1, THREE)
    x3 = order(x2, leastcolor)
    x4 = merge(x3)
    x5 = trim(x4)
    x6 = rbind(remove, ZERO)
    x7 = apply(x6, x5)
    x8 = rot270(x7)
    x9 = hsplit(x8, TWO)
    x10 = last(x9)
    x11 = palette(x7)
    x12 = maximum(x11)
    x13 = downscale(I, THREE)
    x14 = chain(trim, rot90, hmirror)
    x15 = x14(x4)
    O = identity(x1)
    return O


def gshc_0031(I):
    x1 = vsplit(I, TWO)
    x2 = mapply(hmirror, x1)
    x3 = palette(I)
    x4 = last(x3)
    x5 = interval(ZERO, height(x2), TWO)
    x6 = apply(invert, x5)
    x7 = size(x6)
    x8 = canvas(ZERO, astuple(x7, THREE))
    x9 = fork(hconcat, identity, tophalf)
    x10 = x9(x2)
    x11 = hmirror(I)
    x12 = rot270(x11)
    x13 = vsplit(x2, THREE)
    x14 = argmax(x13, width)
    x15 = downscale(x14, TWO)
    O = identity(x15)
    return O


def gshc_0032(I):
    x1 = palette(I)
    x2 = last(x1)
    x3 = crop(I, UNITY, DOWN)
    x4 = colorcount(I, FIVE)
    x5 = hconcat(x3, I)
    x6 = matcher(height, THREE)
    x7 = vsplit(x5, THREE)
    x8 = extract(x7, x6)
    O = identity(x8)
    return O


def gshc_0033(I):
    x1 = compose(righthalf, hmirror)
    x2 = x1(I)
    x3 = palette(x2)
    x4 = other(x3, NINE)
    x5 = replace(x2, x4, EIGHT)
    O = identity(x5)
    return O


def gshc_0034(I):
    x1 = vsplit(I, TWO)
    x2 = argmax(x1, numcolors)
    x3 = vmirror(x2)
    x4 = downscale(x3, TWO)
    O = identity(x2)
    return O


def gshc_0035(I):
    x1 = dmirror(I)
    x2 = bottomhalf(I)
    x3 = bottomhalf(x2)
    O = identity(x3)
    return O


def gshc_0036(I):
    x1 = replace(I, ZERO, NINE)
    x2 = cmirror(x1)
    x3 = vsplit(x2, TWO)
    x4 = last(x3)
    x5 = tophalf(x2)
    x6 = portrait(x5)
    x7 = branch(x6, x5, I)
    x8 = replace(x7, NINE, TWO)
    x9 = compose(dmirror, righthalf)
    x10 = x9(x8)
    x11 = trim(x8)
    O = identity(x11)
    return O


def gshc_0037(I):
    x1 = palette(I)
    x2 = other(x1, EIGHT)
    x3 = replace(I, x2, ZERO)
    x4 = colorcount(x3, EIGHT)
    x5 = cmirror(x3)
    x6 = switch(x3, NINE, SEVEN)
    O = identity(x6)
    return O


def gshc_0038(I):
    x1 = colorcount(I, ONE)
    x2 = crop(I, TWO_BY_TWO, RIGHT)
    x3 = rbind(colorcount, ONE)
    x4 = compose(positive, x3)
    x5 = vsplit(x2, TWO)
    x6 = sfilter(x5, x4)
    x7 = first(x6)
    x8 = last(x5)
    x9 = switch(x8, SEVEN, THREE)
    x10 = hconcat(x9, x2)
    x11 = colorcount(x10, ONE)
    x12 = lefthalf(x8)
    x13 = hmirror(I)
    O = identity(x13)
    return O


def gshc_0039(I):
    x1 = square(I)
    x2 = branch(x1, I, I)
    x3 = palette(I)
    x4 = other(x3, SIX)
    x5 = replace(I, x4, SEVEN)
    x6 = hsplit(I, THREE)
    x7 = argmin(x6, size)
    x8 = first(x6)
    x9 = portrait(x2)
    x10 = branch(x9, x2, I)
    x11 = lefthalf(x10)
    x12 = square(x11)
    x13 = branch(x12, x11, I)
    O = identity(x7)
    return O
