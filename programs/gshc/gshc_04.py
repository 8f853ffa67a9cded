from dsl import *


def gshc_0080(I):
    x1 = vsplit(I, TWO)
    x2 = mapply(cmirror, x1)
    x3 = dedupe(x2)
    x4 = hsplit(x3, TWO)
    x5 = papply(vconcat, x4, x4)
    x6 = merge(x5)
    x7 = bottomhalf(x6)
    x8 = lefthalf(x7)
    x9 = mapply(dmirror, x4)
    x10 = order(x5, height)
    x11 = merge(x10)
    x12 = interval(ZERO, width(x11), TWO)
    x13 = apply(invert, x12)
    x14 = minimum(x13)
    x15 = canvas(ONE, astuple(x14, THREE))
    x16 = rot90(I)
    O = identity(x16)
    return O


def gshc_0081(I):
    x1 = matcher(numcolors, SEVEN)
    x2 = hsplit(I, THREE)
    x3 = extract(x2, x1)
    x4 = fork(vconcat, identity, tophalf)
    x5 = x4(x3)
    x6 = argmax(x2, numcolors)
    x7 = portrait(x6)
    x8 = branch(x7, x6, I)
    x9 = trim(x8)
    x10 = last(x2)
    O = identity(x10)
    return O


def gshc_0082(I):
    x1 = rbind(order, identity)
    x2 = apply(x1, I)
    x3 = matcher(width, SIX)
    x4 = vsplit(x2, THREE)
    x5 = extract(x4, x3)
    O = identity(x5)
    return O


def gshc_0083(I):
    x1 = vsplit(I, TWO)
    x2 = apply(righthalf, x1)
    x3 = merge(x2)
    x4 = palette(x3)
    x5 = contained(FOUR, x4)
    x6 = branch(x5, x3, bottomhalf(x3))
    x7 = first(x2)
    x8 = hsplit(x7, THREE)
    x9 = last(x8)
    x10 = colorcount(x9, SEVEN)
    x11 = vsplit(x9, THREE)
    x12 = rbind(cellwise, SIX)
    x13 = papply(x12, x8, x11)
    x14 = merge(x13)
    x15 = dmirror(x6)
    x16 = dmirror(x15)
    O = identity(x16)
    return O


def gshc_0084(I):
    x1 = interval(ZERO, height(I), TWO)
    x2 = apply(double, x1)
    x3 = maximum(x2)
    x4 = canvas(NINE, astuple(x3, THREE))
    x5 = subtract(x3, SIX)
    x6 = add(x5, x5)
    x7 = rbind(colorcount, NINE)
    x8 = compose(positive, x7)
    x9 = vsplit(x4, TWO)
    x10 = sfilter(x9, x8)
    x11 = first(x10)
    O = identity(x11)
    return O


def gshc_0085(I):
    x1 = fork(vconcat, identity, rot270)
    x2 = x1(I)
    x3 = vsplit(x2, THREE)
    x4 = first(x3)
    O = identity(x4)
    return O


def gshc_0086(I):
    x1 = vconcat(I, I)
    x2 = colorcount(x1, ZERO)
    x3 = last(I)
    x4 = repeat(x3, TWO)
    O = identity(x4)
    return O


def gshc_0087(I):
    x1 = shape(I)
    x2 = canvas(ZERO, x1)
    x3 = shape(I)
    x4 = canvas(SIX, x3)
    x5 = rot90(x4)
    x6 = astuple(cmirror, dmirror)
    x7 = rapply(x6, x5)
    x8 = first(x7)
    x9 = tophalf(x4)
    x10 = switch(x8, FOUR, NINE)
    x11 = leastcolor(I)
    O = identity(x10)
    return O


def gshc_0088(I):
    x1 = vupscale(I, THREE)
    x2 = bottomhalf(x1)
    x3 = vsplit(x2, THREE)
    x4 = apply(righthalf, x3)
    x5 = last(x4)
    x6 = valmax(x3, size)
    x7 = first(x4)
    x8 = bottomhalf(x5)
    x9 = trim(x8)
    x10 = compose(bottomhalf, cmirror)
    x11 = x10(x9)
    O = identity(x2)
    return O


def gshc_0089(I):
    x1 = rot90(I)
    x2 = rot90(x1)
    x3 = vmirror(x2)
    x4 = colorcount(x2, SEVEN)
    x5 = leastcommon(x2)
    x6 = repeat(x5, THREE)
    x7 = shape(x6)
    x8 = canvas(SEVEN, x7)
    x9 = hsplit(x8, THREE)
    x10 = mapply(rot90, x9)
    O = identity(x1)
    return O


def gshc_0090(I):
    x1 = dmirror(I)
    x2 = switch(x1, ONE, FOUR)
    x3 = hsplit(x2, TWO)
    x4 = order(x3, leastcolor)
    x5 = merge(x4)
    x6 = apply(tophalf, x3)
    x7 = merge(x6)
    x8 = cmirror(x7)
    O = identity(x8)
    return O


def gshc_0091(I):
    x1 = compose(rot270, hmirror)
    x2 = x1(I)
    x3 = rbind(remove, ZERO)
    x4 = apply(x3, x2)
    x5 = interval(ZERO, width(x4), ONE)
    x6 = apply(halve, x5)
    x7 = size(x6)
    x8 = canvas(TWO, astuple(x7, THREE))
    O = identity(x8)
    return O


def gshc_0092(I):
    x1 = palette(I)
    x2 = contained(THREE, x1)
    x3 = branch(x2, I, rot180(I))
    x4 = fork(vconcat, identity, lefthalf)
    x5 = x4(x3)
    x6 = upscale(x5, TWO)
    x7 = rot180(x6)
    x8 = fork(vconcat, identity, dmirror)
    x9 = x8(x7)
    O = identity(x9)
    return O


def gshc_0093(I):
    x1 = matcher(mostcolor, THREE)
    x2 = vsplit(I, THREE)
    x3 = extract(x2, x1)
    x4 = vsplit(x3, THREE)
    x5 = first(x4)
    O = identity(x5)
    return O


def gshc_0094(I):
    x1 = colorcount(I, FOUR)
    x2 = shape(I)
    x3 = canvas(TWO, x2)
    x4 = palette(x3)
    x5 = other(x4, TWO)
    x6 = replace(x3, x5, SIX)
    x7 = vsplit(x6, THREE)
    x8 = apply(vmirror, x7)
    x9 = last(x8)
    O = identity(x9)
    return O


def gshc_0095(I):
    x1 = vsplit(I, THREE)
    x2 = hsplit(I, TWO)
    x3 = rbind(cellwise, THREE)
    x4 = papply(x3, x1, x2)
    x5 = merge(x4)
    x6 = upscale(x5, ONE)
    x7 = dmirror(x6)
    x8 = hsplit(x5, TWO)
    x9 = last(x8)
    x10 = palette(x9)
    x11 = other(x10, FOUR)
    x12 = replace(x9, x11, NINE)
    x13 = compose(lefthalf, rot270)
    x14 = x13(x12)
    O = identity(x14)
    return O


def gshc_0096(I):
    x1 = astuple(cmirror, vmirror)
    x2 = rapply(x1, I)
    x3 = last(x2)
    x4 = cmirror(x3)
    x5 = hconcat(x4, x4)
    x6 = compose(hmirror, tophalf)
    x7 = x6(x5)
    x8 = chain(rot180, lefthalf, cmirror)
    x9 = x8(x7)
    x10 = rot90(x4)
    x11 = vsplit(x10, TWO)
    x12 = last(x11)
    x13 = portrait(x12)
    x14 = branch(x13, x12, I)
    x15 = apply(tophalf, x11)
    x16 = first(x15)
    O = identity(x16)
    return O


def gshc_0097(I):
    x1 = mostcommon(I)
    x2 = repeat(x1, ONE)
    x3 = shape(x2)
    x4 = canvas(NINE, x3)
    x5 = shape(x4)
    x6 = canvas(SIX, x5)
    x7 = bottomhalf(x6)
    x8 = crop(x4, ORIGIN, DOWN)
    O = identity(x8)
    return O


def gshc_0098(I):
    x1 = vsplit(I, THREE)
    x2 = order(x1, mostcolor)
    x3 = merge(x2)
    x4 = hconcat(x3, x3)
    x5 = argmin(x1, mostcolor)
    x6 = order(x2, numcolors)
    x7 = merge(x6)
    x8 = shape(x4)
    x9 = canvas(FIVE, x8)
    x10 = compose(vmirror, righthalf)
    x11 = x10(x4)
    x12 = rot270(x11)
    x13 = last(x1)
    O = identity(x13)
    return O


def gshc_0099(I):
    x1 = shape(I)
    x2 = canvas(SIX, x1)
    x3 = rbind(vupscale, TWO)
    x4 = x3(x2)
    O = identity(x4)
    return O
