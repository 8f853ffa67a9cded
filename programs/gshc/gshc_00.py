from dsl import *


def gshc_0000(I):
    x1 = portrait(I)
    x2 = branch(x1, I, I)
    x3 = replace(I, SEVEN, ZERO)
    x4 = switch(I, FOUR, THREE)
    x5 = rot90(x4)
    O = identity(x5)
    return O


def gshc_0001(I):
    x1 = switch(I, ZERO, EIGHT)
    x2 = hsplit(x1, THREE)
    x3 = mapply(rot180, x2)
    x4 = cmirror(I)
    O = identity(x4)
    return O


def gshc_0002(I):
    x1 = hsplit(I, THREE)
    x2 = valmin(x1, leastcolor)
    x3 = hsplit(I, THREE)
    x4 = valmin(x3, mostcolor)
    x5 = righthalf(I)
    O = identity(x5)
    return O


def gshc_0003(I):
    x1 = vconcat(I, I)
    x2 = hsplit(x1, TWO)
    x3 = first(x2)
    x4 = crop(I, UNITY, DOWN)
    O = identity(x4)
    return O


def gshc_0004(I):
    x1 = righthalf(I)
    x2 = leastcommon(I)
    x3 = repeat(x2, TWO)
    x4 = hconcat(x3, x1)
    x5 = upscale(x4, TWO)
    x6 = portrait(x5)
    x7 = branch(x6, x5, I)
    x8 = portrait(x3)
    x9 = branch(x8, x3, I)
    x10 = shape(x9)
    x11 = canvas(ZERO, x10)
    O = identity(x11)
    return O


def gshc_0005(I):
    x1 = hsplit(I, THREE)
    x2 = last(x1)
    x3 = righthalf(x2)
    x4 = palette(x3)
    x5 = contained(ONE, x4)
    x6 = branch(x5, x3, rot90(x3))
    x7 = apply(rot180, x1)
    x8 = merge(x7)
    x9 = chain(cmirror, rot270, rot90)
    x10 = x9(x8)
    x11 = cmirror(x10)
    O = identity(x11)
    return O


def gshc_0006(I):
    x1 = colorcount(I, THREE)
    x2 = lefthalf(I)
    x3 = hmirror(x2)
    x4 = upscale(x2, THREE)
    x5 = palette(x4)
    x6 = last(x5)
    x7 = bottomhalf(I)
    O = identity(x7)
    return O


def gshc_0007(I):
    x1 = size(I)
    x2 = rot180(I)
    x3 = palette(x2)
    x4 = contained(THREE, x3)
    x5 = branch(x4, x2, trim(x2))
    x6 = palette(x5)
    x7 = other(x6, SEVEN)
    x8 = replace(x5, x7, ZERO)
    x9 = vsplit(x8, TWO)
    x10 = rbind(cellwise, ONE)
    x11 = papply(x10, x9, x9)
    x12 = merge(x11)
    O = identity(x12)
    return O


def gshc_0008(I):
    x1 = compose(tophalf, hmirror)
    x2 = x1(I)
    x3 = vsplit(I, THREE)
    x4 = first(x3)
    x5 = compose(dmirror, rot180)
    x6 = x5(x4)
    x7 = dedupe(x6)
    x8 = shape(x7)
    x9 = canvas(SIX, x8)
    x10 = rbind(order, identity)
    x11 = apply(x10, x2)
    x12 = palette(I)
    x13 = last(x12)
    O = identity(x11)
    return O


def gshc_0009(I):
    x1 = hupscale(I, TWO)
    x2 = vmirror(x1)
    x3 = palette(x2)
    x4 = contained(ONE, x3)
    x5 = branch(x4, x2, rot90(x2))
    O = identity(x5)
    return O


def gshc_0010(I):
    x1 = vsplit(I, THREE)
    x2 = mapply(dmirror, x1)
    x3 = shape(x2)
    x4 = canvas(THREE, x3)
    x5 = vmirror(x4)
    x6 = downscale(x5, ONE)
    x7 = order(x1, mostcolor)
    x8 = merge(x7)
    x9 = rbind(upscale, TWO)
    x10 = x9(x5)
    x11 = matcher(height, FIVE)
    x12 = extract(x7, x11)
    x13 = replace(x8, SIX, FOUR)
    O = identity(x13)
    return O


def gshc_0011(I):
    x1 = dedupe(I)
    x2 = matcher(mostcolor, ONE)
    x3 = hsplit(x1, TWO)
    x4 = extract(x3, x2)
    x5 = rot180(x4)
    x6 = last(x3)
    O = identity(x6)
    return O


def gshc_0012(I):
    x1 = astuple(rot270, righthalf)
    x2 = rapply(x1, I)
    x3 = last(x2)
    x4 = palette(x3)
    x5 = contained(TWO, x4)
    x6 = branch(x5, x3, hmirror(x3))
    x7 = papply(hconcat, x2, x2)
    x8 = merge(x7)
    x9 = dedupe(x8)
    x10 = switch(x9, EIGHT, SEVEN)
    x11 = switch(x10, TWO, FOUR)
    x12 = portrait(x9)
    x13 = branch(x12, x9, I)
    O = identity(x13)
    return O


def gshc_0013(I):
    x1 = mostcolor(I)
    x2 = vsplit(I, THREE)
    x3 = mapply(hmirror, x2)
    x4 = colorcount(x3, FIVE)
    x5 = vconcat(x3, x3)
    x6 = subtract(x4, x4)
    x7 = vmirror(I)
    x8 = order(x2, mostcolor)
    x9 = merge(x8)
    O = identity(x9)
    return O


def gshc_0014(I):
    x1 = power(rot180, TWO)
    x2 = x1(I)
    x3 = vsplit(x2, THREE)
    x4 = argmax(x3, size)
    x5 = tophalf(I)
    O = identity(x4)
    return O


def gshc_0015(I):
    x1 = vsplit(I, TWO)
    x2 = vsplit(I, THREE)
    x3 = papply(hconcat, x1, x2)
    x4 = merge(x3)
    x5 = replace(x4, ONE, SIX)
    x6 = switch(x5, FOUR, THREE)
    O = identity(x6)
    return O


def gshc_0016(I):
    x1 = crop(I, ORIGIN, RIGHT)
    x2 = rot270(x1)
    O = identity(x2)
    return O


def gshc_0017(I):
    x1 = palette(I)
    x2 = first(x1)
    x3 = square(I)
    x4 = branch(x3, I, I)
    x5 = cmirror(x4)
    x6 = mostcommon(I)
    x7 = repeat(x6, THREE)
    x8 = crop(x4, ORIGIN, DOWN)
    O = identity(x8)
    return O


def gshc_0018(I):
    x1 = shape(I)
    x2 = canvas(ZERO, x1)
    x3 = interval(ZERO, width(x2), TWO)
    x4 = apply(decrement, x3)
    x5 = maximum(x4)
    x6 = canvas(ONE, astuple(x5, THREE))
    x7 = switch(x6, NINE, EIGHT)
    x8 = astuple(righthalf, vmirror)
    x9 = rapply(x8, x7)
    x10 = merge(x9)
    x11 = palette(x10)
    x12 = other(x11, FIVE)
    x13 = replace(x10, x12, EIGHT)
    x14 = apply(cmirror, x9)
    x15 = last(x14)
    O = identity(x2)
    return O


def gshc_0019(I):
    x1 = switch(I, TWO, ONE)
    x2 = mostcolor(x1)
    x3 = replace(x1, SEVEN, FOUR)
    x4 = hconcat(x3, x1)
    x5 = hsplit(x4, TWO)
    x6 = first(x5)
    x7 = decrement(x2)
    O = identity(x3)
    return O
