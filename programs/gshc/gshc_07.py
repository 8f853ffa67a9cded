from dsl import *


def gshc_0140(I):
    x1 = vsplit(I, TWO)
    x2 = last(x1)
    x3 = vsplit(x2, TWO)
    x4 = mapply(vmirror, x3)
    x5 = vsplit(I, TWO)
    x6 = valmax(x5, width)
    x7 = crop(I, UNITY, UNITY)
    x8 = palette(x7)
    x9 = last(x8)
    x10 = palette(x2)
    x11 = other(x10, THREE)
    x12 = replace(x2, x11, SEVEN)
    O = identity(x12)
    return O


def gshc_0141(I):
    x1 = vsplit(I, THREE)
    x2 = valmin(x1, mostcolor)
    x3 = palette(I)
    x4 = size(x3)
    x5 = replace(I, NINE, ONE)
    x6 = vsplit(x5, TWO)
    x7 = apply(lefthalf, x6)
    x8 = last(x7)
    x9 = argmax(x7, mostcolor)
    x10 = astuple(cmirror, rot90)
    x11 = rapply(x10, x5)
    x12 = merge(x11)
    x13 = matcher(leastcolor, THREE)
    x14 = extract(x1, x13)
    O = identity(x14)
    return O


def gshc_0142(I):
    x1 = palette(I)
    x2 = other(x1, SEVEN)
    x3 = replace(I, x2, EIGHT)
    x4 = switch(I, SEVEN, TWO)
    x5 = astuple(dmirror, cmirror)
    x6 = rapply(x5, x4)
    x7 = first(x6)
    x8 = add(x2, THREE)
    x9 = hmirror(x7)
    x10 = dmirror(x9)
    x11 = tophalf(x7)
    x12 = palette(x9)
    x13 = other(x12, SIX)
    x14 = replace(x9, x13, FOUR)
    x15 = switch(x14, FOUR, THREE)
    O = identity(x15)
    return O


def gshc_0143(I):
    x1 = vsplit(I, TWO)
    x2 = last(x1)
    x3 = shape(x2)
    x4 = canvas(EIGHT, x3)
    x5 = compose(tophalf, rot180)
    x6 = x5(x4)
    x7 = hsplit(x6, THREE)
    x8 = apply(hmirror, x7)
    x9 = first(x8)
    x10 = righthalf(x9)
    O = identity(x10)
    return O


def gshc_0144(I):
    x1 = palette(I)
    x2 = size(x1)
    x3 = rot90(I)
    x4 = matcher(numcolors, SIX)
    x5 = vsplit(x3, THREE)
    x6 = extract(x5, x4)
    x7 = compose(vmirror, dmirror)
    x8 = x7(x3)
    x9 = hsplit(x6, TWO)
    x10 = mapply(hmirror, x9)
    x11 = last(x10)
    x12 = repeat(x11, ONE)
    x13 = hmirror(x12)
    x14 = rbind(remove, ZERO)
    x15 = apply(x14, x13)
    x16 = vconcat(x15, x15)
    O = identity(x16)
    return O


def gshc_0145(I):
    x1 = matcher(leastcolor, NINE)
    x2 = hsplit(I, THREE)
    x3 = extract(x2, x1)
    x4 = bottomhalf(x3)
    x5 = compose(lefthalf, bottomhalf)
    x6 = x5(x3)
    O = identity(x6)
    return O


def gshc_0146(I):
    x1 = hsplit(I, TWO)
    x2 = argmin(x1, numcolors)
    x3 = compose(righthalf, hmirror)
    x4 = x3(x2)
    O = identity(x4)
    return O


def gshc_0147(I):
    x1 = dmirror(I)
    x2 = shape(x1)
    x3 = canvas(NINE, x2)
    x4 = rot270(x3)
    O = identity(x4)
    return O


def gshc_0148(I):
    x1 = shape(I)
    x2 = canvas(THREE, x1)
    x3 = cmirror(I)
    x4 = rot90(x3)
    x5 = rot270(x4)
    x6 = numcolors(x5)
    x7 = trim(x2)
    x8 = vmirror(x7)
    O = identity(x8)
    return O


def gshc_0149(I):
    x1 = palette(I)
    x2 = contained(THREE, x1)
    x3 = branch(x2, I, vmirror(I))
    x4 = interval(ZERO, width(x3), TWO)
    x5 = apply(invert, x4)
    x6 = size(x5)
    x7 = canvas(SEVEN, astuple(x6, THREE))
    x8 = portrait(x7)
    x9 = branch(x8, x7, I)
    x10 = switch(x9, SIX, EIGHT)
    x11 = hsplit(x10, THREE)
    x12 = mapply(hmirror, x11)
    x13 = shape(x10)
    x14 = canvas(NINE, x13)
    x15 = upscale(x9, THREE)
    x16 = vupscale(x14, ONE)
    x17 = vsplit(x16, TWO)
    x18 = argmin(x17, size)
    O = identity(x18)
    return O


def gshc_0150(I):
    x1 = rot270(I)
    x2 = colorcount(x1, NINE)
    x3 = fork(vconcat, identity, dmirror)
    x4 = x3(x1)
    x5 = righthalf(x4)
    x6 = palette(x5)
    x7 = size(x6)
    x8 = rot270(x5)
    x9 = compose(rot90, cmirror)
    x10 = x9(x4)
    x11 = hsplit(x10, THREE)
    x12 = argmin(x11, height)
    x13 = mostcommon(x12)
    x14 = repeat(x13, TWO)
    O = identity(x5)
    return O


def gshc_0151(I):
    x1 = crop(I, ORIGIN, TWO_BY_TWO)
    x2 = power(cmirror, THREE)
    x3 = x2(x1)
    x4 = dedupe(x3)
    x5 = rbind(colorcount, EIGHT)
    x6 = compose(positive, x5)
    x7 = hsplit(x4, TWO)
    x8 = sfilter(x7, x6)
    x9 = first(x8)
    x10 = dedupe(x9)
    x11 = first(x8)
    x12 = rbind(colorcount, FOUR)
    x13 = compose(positive, x12)
    x14 = hsplit(x11, TWO)
    x15 = sfilter(x14, x13)
    x16 = first(x15)
    x17 = dmirror(x16)
    x18 = shape(x1)
    x19 = canvas(TWO, x18)
    O = identity(x19)
    return O


def gshc_0152(I):
    x1 = dmirror(I)
    x2 = hsplit(I, THREE)
    x3 = valmax(x2, mostcolor)
    x4 = vmirror(x1)
    x5 = vconcat(x4, x1)
    x6 = power(hmirror, TWO)
    x7 = x6(x5)
    x8 = palette(x7)
    x9 = contained(NINE, x8)
    x10 = branch(x9, x7, lefthalf(x7))
    x11 = interval(ZERO, width(x10), TWO)
    x12 = apply(halve, x11)
    x13 = size(x12)
    x14 = canvas(ZERO, astuple(x13, THREE))
    O = identity(x1)
    return O


def gshc_0153(I):
    x1 = rbind(colorcount, ZERO)
    x2 = compose(positive, x1)
    x3 = vsplit(I, THREE)
    x4 = sfilter(x3, x2)
    x5 = first(x4)
    x6 = shape(x5)
    x7 = canvas(TWO, x6)
    x8 = order(x4, leastcolor)
    x9 = merge(x8)
    x10 = rbind(colorcount, FOUR)
    x11 = compose(positive, x10)
    x12 = sfilter(x8, x11)
    x13 = first(x12)
    O = identity(x13)
    return O


def gshc_0154(I):
    x1 = crop(I, UNITY, UNITY)
    x2 = rbind(colorcount, ZERO)
    x3 = compose(positive, x2)
    x4 = vsplit(x1, TWO)
    x5 = sfilter(x4, x3)
    x6 = first(x5)
    x7 = vsplit(x6, THREE)
    x8 = apply(righthalf, x7)
    x9 = last(x8)
    x10 = compose(dmirror, rot270)
    x11 = x10(x9)
    x12 = square(x11)
    x13 = branch(x12, x11, I)
    x14 = bottomhalf(I)
    O = identity(x14)
    return O


def gshc_0155(I):
    x1 = replace(I, EIGHT, EIGHT)
    x2 = height(x1)
    x3 = square(x1)
    x4 = branch(x3, x1, I)
    x5 = hsplit(x4, THREE)
    x6 = apply(dmirror, x5)
    x7 = first(x6)
    O = identity(x7)
    return O


def gshc_0156(I):
    x1 = shape(I)
    x2 = canvas(ONE, x1)
    x3 = compose(rot90, vmirror)
    x4 = x3(x2)
    x5 = hconcat(I, x4)
    x6 = crop(x5, TWO_BY_TWO, DOWN)
    x7 = vsplit(x6, THREE)
    x8 = first(x7)
    x9 = shape(x5)
    x10 = canvas(TWO, x9)
    x11 = shape(x10)
    x12 = canvas(ONE, x11)
    O = identity(x12)
    return O


def gshc_0157(I):
    x1 = cmirror(I)
    x2 = hsplit(x1, THREE)
    x3 = last(x2)
    x4 = lefthalf(x3)
    x5 = argmax(x2, numcolors)
    x6 = hsplit(x5, THREE)
    x7 = order(x6, mostcolor)
    x8 = merge(x7)
    x9 = fork(hconcat, identity, rot270)
    x10 = x9(x3)
    x11 = switch(I, FIVE, FIVE)
    O = identity(x10)
    return O


def gshc_0158(I):
    x1 = power(dmirror, THREE)
    x2 = x1(I)
    x3 = hsplit(x2, TWO)
    x4 = first(x3)
    x5 = replace(x4, SEVEN, ZERO)
    x6 = shape(I)
    x7 = canvas(TWO, x6)
    O = identity(x7)
    return O


def gshc_0159(I):
    x1 = righthalf(I)
    x2 = rbind(colorcount, NINE)
    x3 = compose(positive, x2)
    x4 = vsplit(I, TWO)
    x5 = sfilter(x4, x3)
    x6 = first(x5)
    x7 = rot180(x6)
    x8 = hsplit(x7, THREE)
    x9 = argmax(x8, leastcolor)
    x10 = colorcount(I, SIX)
    x11 = crement(x10)
    O = identity(x9)
    return O
