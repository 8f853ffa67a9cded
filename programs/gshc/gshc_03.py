from dsl import *


def gshc_0060(I):
    x1 = vupscale(I, THREE)
    x2 = crop(x1, UNITY, UNITY)
    O = identity(x2)
    return O


def gshc_0061(I):
    x1 = dmirror(I)
    x2 = rot90(x1)
    x3 = rbind(upscale, ONE)
    x4 = x3(x1)
    x5 = chain(dmirror, vmirror, rot270)
    x6 = x5(I)
    x7 = upscale(x6, ONE)
    x8 = switch(x7, TWO, EIGHT)
    x9 = power(cmirror, TWO)
    x10 = x9(x8)
    x11 = vsplit(x10, TWO)
    x12 = argmin(x11, mostcolor)
    x13 = switch(x12, THREE, ZERO)
    O = identity(x13)
    return O


def gshc_0062(I):
    x1 = hsplit(I, TWO)
    x2 = apply(rot270, x1)
    x3 = merge(x2)
    x4 = switch(I, TWO, ZERO)
    x5 = portrait(x4)
    x6 = branch(x5, x4, I)
    O = identity(x6)
    return O


def gshc_0063(I):
    x1 = rbind(hupscale, TWO)
    x2 = x1(I)
    x3 = vsplit(x2, THREE)
    x4 = mapply(rot90, x3)
    x5 = vupscale(x4, THREE)
    x6 = leastcommon(x5)
    x7 = repeat(x6, ONE)
    x8 = switch(x7, EIGHT, FIVE)
    x9 = switch(x8, FOUR, FOUR)
    x10 = replace(x4, ONE, SEVEN)
    O = identity(x10)
    return O


def gshc_0064(I):
    x1 = crop(I, UNITY, ZERO_BY_TWO)
    x2 = shape(x1)
    x3 = canvas(NINE, x2)
    x4 = palette(x3)
    x5 = first(x4)
    x6 = compose(hmirror, tophalf)
    x7 = x6(I)
    O = identity(x7)
    return O


def gshc_0065(I):
    x1 = hsplit(I, THREE)
    x2 = apply(dmirror, x1)
    x3 = last(x2)
    x4 = palette(x3)
    x5 = maximum(x4)
    x6 = compose(hmirror, dmirror)
    x7 = x6(x3)
    x8 = palette(I)
    x9 = contained(ZERO, x8)
    x10 = branch(x9, I, cmirror(I))
    x11 = power(cmirror, TWO)
    x12 = x11(x10)
    O = identity(x12)
    return O


def gshc_0066(I):
    x1 = interval(ZERO, height(I), TWO)
    x2 = apply(increment, x1)
    x3 = maximum(x2)
    x4 = canvas(TWO, astuple(x3, ONE))
    x5 = subtract(x3, x3)
    x6 = tophalf(x4)
    x7 = vsplit(x6, THREE)
    x8 = valmax(x7, mostcolor)
    x9 = hmirror(I)
    x10 = size(x9)
    x11 = matcher(height, x8)
    x12 = hsplit(x9, THREE)
    x13 = extract(x12, x11)
    O = identity(x13)
    return O


def gshc_0067(I):
    x1 = shape(I)
    x2 = canvas(ZERO, x1)
    x3 = vupscale(x2, ONE)
    x4 = square(I)
    x5 = branch(x4, I, I)
    x6 = vsplit(x5, THREE)
    x7 = mapply(dmirror, x6)
    x8 = fork(vconcat, identity, dmirror)
    x9 = x8(x7)
    x10 = fork(hconcat, identity, hmirror)
    x11 = x10(x9)
    x12 = hsplit(x11, TWO)
    x13 = order(x12, height)
    x14 = merge(x13)
    x15 = square(x14)
    x16 = branch(x15, x14, I)
    x17 = hmirror(x16)
    O = identity(x9)
    return O


def gshc_0068(I):
    x1 = leastcolor(I)
    x2 = hsplit(I, TWO)
    x3 = hsplit(I, TWO)
    x4 = papply(vconcat, x2, x3)
    x5 = merge(x4)
    x6 = order(x4, mostcolor)
    x7 = merge(x6)
    x8 = hconcat(I, x7)
    x9 = power(rot180, THREE)
    x10 = x9(x8)
    x11 = add(x1, FIVE)
    x12 = hsplit(x10, THREE)
    x13 = apply(rot180, x12)
    x14 = first(x13)
    x15 = rbind(colorcount, SIX)
    x16 = compose(positive, x15)
    x17 = hsplit(x14, TWO)
    x18 = sfilter(x17, x16)
    x19 = first(x18)
    O = identity(x19)
    return O


def gshc_0069(I):
    x1 = trim(I)
    x2 = righthalf(x1)
    x3 = replace(x2, FIVE, EIGHT)
    x4 = switch(x3, SEVEN, THREE)
    x5 = vsplit(x2, THREE)
    x6 = first(x5)
    x7 = rbind(colorcount, SEVEN)
    x8 = compose(positive, x7)
    x9 = vsplit(x6, THREE)
    x10 = sfilter(x9, x8)
    x11 = first(x10)
    x12 = vsplit(x11, TWO)
    x13 = valmax(x12, width)
    x14 = bottomhalf(x4)
    x15 = invert(x13)
    O = identity(x14)
    return O


def gshc_0070(I):
    x1 = vsplit(I, TWO)
    x2 = first(x1)
    x3 = vsplit(x2, TWO)
    x4 = argmin(x3, width)
    O = identity(x4)
    return O


def gshc_0071(I):
    x1 = palette(I)
    x2 = size(x1)
    x3 = power(hmirror, TWO)
    x4 = x3(I)
    x5 = interval(ZERO, width(x4), TWO)
    x6 = apply(halve, x5)
    x7 = minimum(x6)
    x8 = canvas(TWO, astuple(x7, ONE))
    x9 = rot180(x4)
    x10 = upscale(x9, ONE)
    O = identity(x10)
    return O


def gshc_0072(I):
    x1 = palette(I)
    x2 = contained(SEVEN, x1)
    x3 = branch(x2, I, vmirror(I))
    x4 = leastcommon(x3)
    x5 = repeat(x4, ONE)
    x6 = switch(x5, SEVEN, EIGHT)
    x7 = vmirror(I)
    x8 = replace(x7, THREE, THREE)
    x9 = righthalf(x8)
    x10 = leastcolor(x6)
    x11 = switch(x8, TWO, SIX)
    O = identity(x11)
    return O


def gshc_0073(I):
    x1 = vsplit(I, THREE)
    x2 = mapply(vmirror, x1)
    x3 = shape(x2)
    x4 = canvas(TWO, x3)
    x5 = crop(x4, TWO_BY_TWO, RIGHT)
    x6 = palette(x4)
    x7 = other(x6, SEVEN)
    x8 = replace(x4, x7, FOUR)
    x9 = righthalf(x5)
    x10 = rot270(x9)
    O = identity(x8)
    return O


def gshc_0074(I):
    x1 = compose(rot90, cmirror)
    x2 = x1(I)
    x3 = replace(x2, SEVEN, ONE)
    x4 = vsplit(x3, THREE)
    x5 = first(x4)
    x6 = matcher(height, FIVE)
    x7 = hsplit(x5, TWO)
    x8 = extract(x7, x6)
    x9 = shape(x8)
    x10 = canvas(FOUR, x9)
    x11 = hupscale(x10, THREE)
    x12 = compose(hmirror, rot270)
    x13 = x12(x2)
    x14 = vsplit(x2, THREE)
    x15 = apply(tophalf, x14)
    x16 = merge(x15)
    O = identity(x16)
    return O


def gshc_0075(I):
    x1 = switch(I, THREE, FOUR)
    x2 = portrait(x1)
    x3 = branch(x2, x1, I)
    O = identity(x3)
    return O


def gshc_0076(I):
    x1 = rbind(colorcount, ZERO)
    x2 = compose(positive, x1)
    x3 = vsplit(I, THREE)
    x4 = sfilter(x3, x2)
    x5 = first(x4)
    x6 = hmirror(x5)
    x7 = dmirror(x6)
    x8 = first(x4)
    x9 = hmirror(I)
    O = identity(x9)
    return O


def gshc_0077(I):
    x1 = shape(I)
    x2 = canvas(SEVEN, x1)
    x3 = trim(x2)
    x4 = matcher(height, ONE)
    x5 = hsplit(x3, THREE)
    x6 = extract(x5, x4)
    x7 = hmirror(x6)
    O = identity(x7)
    return O


def gshc_0078(I):
    x1 = hsplit(I, THREE)
    x2 = valmin(x1, size)
    x3 = tophalf(I)
    x4 = order(x1, mostcolor)
    x5 = merge(x4)
    x6 = tophalf(I)
    x7 = replace(x6, THREE, THREE)
    x8 = apply(tophalf, x4)
    x9 = first(x8)
    O = identity(x9)
    return O


def gshc_0079(I):
    x1 = hsplit(I, TWO)
    x2 = argmin(x1, numcolors)
    x3 = switch(I, ONE, SIX)
    x4 = trim(x3)
    x5 = shape(x4)
    x6 = canvas(NINE, x5)
    O = identity(x6)
    return O
