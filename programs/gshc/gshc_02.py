from dsl import *


def gshc_0040(I):
    x1 = shape(I)
    x2 = canvas(THREE, x1)
    x3 = matcher(height, TWO)
    x4 = hsplit(x2, TWO)
    x5 = extract(x4, x3)
    x6 = portrait(x5)
    x7 = branch(x6, x5, I)
    x8 = shape(I)
    x9 = canvas(THREE, x8)
    x10 = rbind(colorcount, ZERO)
    x11 = compose(positive, x10)
    x12 = sfilter(x4, x11)
    x13 = first(x12)
    x14 = hconcat(x2, x13)
    x15 = hconcat(x2, x13)
    x16 = shape(x14)
    x17 = canvas(EIGHT, x16)
    O = identity(x17)
    return O


def gshc_0041(I):
    x1 = square(I)
    x2 = branch(x1, I, I)
    x3 = vsplit(I, THREE)
    x4 = argmax(x3, height)
    x5 = hsplit(x4, THREE)
    x6 = order(x5, height)
    x7 = merge(x6)
    x8 = leastcommon(x7)
    x9 = repeat(x8, THREE)
    x10 = compose(tophalf, trim)
    x11 = x10(x9)
    x12 = vsplit(x11, THREE)
    x13 = argmax(x12, size)
    x14 = numcolors(x13)
    x15 = fork(vconcat, identity, hmirror)
    x16 = x15(x2)
    O = identity(x13)
    return O


def gshc_0042(I):
    x1 = rot270(I)
    x2 = matcher(width, THREE)
    x3 = vsplit(I, TWO)
    x4 = extract(x3, x2)
    x5 = shape(x4)
    x6 = canvas(ZERO, x5)
    x7 = leastcommon(x6)
    x8 = repeat(x7, THREE)
    x9 = bottomhalf(x8)
    x10 = vsplit(x1, TWO)
    x11 = argmax(x10, leastcolor)
    x12 = shape(x11)
    x13 = canvas(THREE, x12)
    O = identity(x11)
    return O


def gshc_0043(I):
    x1 = rot270(I)
    x2 = fork(vconcat, identity, vmirror)
    x3 = x2(x1)
    x4 = replace(x3, TWO, TWO)
    x5 = replace(x4, SIX, EIGHT)
    x6 = hupscale(x5, THREE)
    x7 = compose(rot270, bottomhalf)
    x8 = x7(x1)
    x9 = compose(dmirror, hmirror)
    x10 = x9(x8)
    x11 = palette(x10)
    x12 = other(x11, ONE)
    x13 = replace(x10, x12, FIVE)
    x14 = replace(x3, FOUR, SEVEN)
    O = identity(x14)
    return O


def gshc_0044(I):
    x1 = compose(cmirror, tophalf)
    x2 = x1(I)
    x3 = colorcount(x2, FIVE)
    x4 = fork(vconcat, identity, rot90)
    x5 = x4(x2)
    O = identity(x5)
    return O


def gshc_0045(I):
    x1 = mostcolor(I)
    x2 = palette(I)
    x3 = first(x2)
    x4 = rbind(colorcount, NINE)
    x5 = compose(positive, x4)
    x6 = hsplit(I, TWO)
    x7 = sfilter(x6, x5)
    x8 = first(x7)
    x9 = hupscale(x8, THREE)
    x10 = last(x6)
    x11 = rbind(hupscale, ONE)
    x12 = x11(x10)
    x13 = switch(x10, FIVE, FOUR)
    x14 = righthalf(I)
    O = identity(x14)
    return O


def gshc_0046(I):
    x1 = tophalf(I)
    x2 = leastcommon(x1)
    x3 = repeat(x2, TWO)
    x4 = lefthalf(x3)
    O = identity(x4)
    return O


def gshc_0047(I):
    x1 = interval(ZERO, width(I), ONE)
    x2 = apply(decrement, x1)
    x3 = size(x2)
    x4 = canvas(EIGHT, astuple(x3, TWO))
    x5 = vsplit(x4, TWO)
    x6 = order(x5, numcolors)
    x7 = merge(x6)
    x8 = replace(x7, NINE, EIGHT)
    x9 = chain(rot180, bottomhalf, rot270)
    x10 = x9(x8)
    x11 = hconcat(x8, x7)
    O = identity(x7)
    return O


def gshc_0048(I):
    x1 = astuple(trim, rot90)
    x2 = rapply(x1, I)
    x3 = first(x2)
    x4 = matcher(numcolors, EIGHT)
    x5 = hsplit(x3, TWO)
    x6 = extract(x5, x4)
    x7 = dmirror(x6)
    x8 = palette(x7)
    x9 = other(x8, TWO)
    x10 = replace(x7, x9, THREE)
    x11 = bottomhalf(x7)
    x12 = rot180(x11)
    x13 = leastcolor(x12)
    O = identity(x10)
    return O


def gshc_0049(I):
    x1 = palette(I)
    x2 = other(x1, EIGHT)
    x3 = replace(I, x2, SEVEN)
    x4 = compose(tophalf, righthalf)
    x5 = x4(x3)
    x6 = numcolors(x3)
    x7 = compose(vmirror, bottomhalf)
    x8 = x7(x5)
    x9 = switch(x8, FOUR, ZERO)
    x10 = dmirror(x9)
    x11 = vsplit(x3, THREE)
    x12 = mapply(dmirror, x11)
    O = identity(x12)
    return O


def gshc_0050(I):
    x1 = mostcommon(I)
    x2 = repeat(x1, TWO)
    x3 = hsplit(x2, THREE)
    x4 = apply(rot90, x3)
    x5 = first(x4)
    x6 = compose(righthalf, vmirror)
    x7 = x6(x5)
    O = identity(x5)
    return O


def gshc_0051(I):
    x1 = palette(I)
    x2 = other(x1, FOUR)
    x3 = replace(I, x2, FOUR)
    x4 = astuple(hmirror, cmirror)
    x5 = rapply(x4, I)
    x6 = first(x5)
    x7 = size(I)
    x8 = vsplit(I, THREE)
    x9 = argmin(x8, size)
    x10 = vsplit(x9, TWO)
    x11 = argmin(x10, mostcolor)
    O = identity(x11)
    return O


def gshc_0052(I):
    x1 = compose(rot180, tophalf)
    x2 = x1(I)
    x3 = palette(x2)
    x4 = first(x3)
    x5 = hsplit(x2, TWO)
    x6 = argmax(x5, height)
    x7 = first(x5)
    x8 = last(x2)
    x9 = repeat(x8, ONE)
    x10 = palette(x9)
    x11 = maximum(x10)
    O = identity(x9)
    return O


def gshc_0053(I):
    x1 = trim(I)
    x2 = hsplit(x1, TWO)
    x3 = apply(bottomhalf, x2)
    x4 = first(x3)
    x5 = hsplit(I, THREE)
    x6 = order(x5, height)
    x7 = merge(x6)
    x8 = interval(ZERO, height(I), TWO)
    x9 = apply(double, x8)
    x10 = size(x9)
    x11 = canvas(TWO, astuple(x10, ONE))
    x12 = vsplit(x11, TWO)
    x13 = first(x12)
    x14 = multiply(x10, NINE)
    x15 = palette(x13)
    x16 = contained(THREE, x15)
    x17 = branch(x16, x13, trim(x13))
    x18 = fork(hconcat, identity, rot180)
    x19 = x18(I)
    O = identity(x17)
    return O


def gshc_0054(I):
    x1 = fork(vconcat, identity, trim)
    x2 = x1(I)
    x3 = vsplit(x2, TWO)
    x4 = order(x3, width)
    x5 = merge(x4)
    x6 = compose(rot270, trim)
    x7 = x6(I)
    x8 = bottomhalf(x7)
    x9 = vsplit(x8, TWO)
    x10 = apply(vmirror, x9)
    x11 = merge(x10)
    x12 = hsplit(x11, THREE)
    x13 = mapply(rot180, x12)
    O = identity(x13)
    return O


def gshc_0055(I):
    x1 = dmirror(I)
    x2 = compose(dmirror, lefthalf)
    x3 = x2(x1)
    O = identity(x3)
    return O


def gshc_0056(I):
    x1 = vsplit(I, THREE)
    x2 = order(x1, mostcolor)
    x3 = merge(x2)
    x4 = upscale(x3, THREE)
    x5 = dmirror(I)
    x6 = rot180(x5)
    x7 = rbind(colorcount, NINE)
    x8 = compose(positive, x7)
    x9 = vsplit(x6, THREE)
    x10 = sfilter(x9, x8)
    x11 = first(x10)
    x12 = vconcat(x11, x11)
    x13 = rot270(x12)
    x14 = argmin(x1, mostcolor)
    O = identity(x14)
    return O


def gshc_0057(I):
    x1 = palette(I)
    x2 = other(x1, FIVE)
    x3 = replace(I, x2, TWO)
    x4 = compose(hmirror, dmirror)
    x5 = x4(I)
    x6 = crop(x3, UNITY, DOWN)
    x7 = rbind(colorcount, NINE)
    x8 = compose(positive, x7)
    x9 = vsplit(x5, TWO)
    x10 = sfilter(x9, x8)
    x11 = first(x10)
    x12 = replace(x11, FIVE, ZERO)
    O = identity(x5)
    return O


def gshc_0058(I):
    x1 = rbind(order, identity)
    x2 = apply(x1, I)
    x3 = replace(x2, FOUR, ZERO)
    x4 = vsplit(x3, THREE)
    x5 = mapply(rot270, x4)
    x6 = shape(x5)
    x7 = canvas(FIVE, x6)
    x8 = vsplit(x7, TWO)
    x9 = apply(cmirror, x8)
    x10 = first(x9)
    O = identity(x2)
    return O


def gshc_0059(I):
    x1 = bottomhalf(I)
    x2 = vupscale(x1, THREE)
    x3 = switch(x2, TWO, NINE)
    O = identity(x3)
    return O
