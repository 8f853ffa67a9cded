from dsl import *


def gshc_0220(I):
    x1 = rbind(vupscale, TWO)
    x2 = x1(I)
    x3 = hsplit(I, TWO)
    x4 = argmax(x3, numcolors)
    O = identity(x4)
    return O


def gshc_0221(I):
    x1 = rbind(order, identity)
    x2 = apply(x1, I)
    x3 = shape(x2)
    x4 = canvas(SEVEN, x3)
    x5 = compose(rot90, tophalf)
    x6 = x5(x4)
    x7 = rbind(colorcount, NINE)
    x8 = compose(positive, x7)
    x9 = vsplit(x6, THREE)
    x10 = sfilter(x9, x8)
    x11 = first(x10)
    x12 = hsplit(x2, TWO)
    x13 = order(x12, size)
    x14 = merge(x13)
    x15 = vupscale(x14, ONE)
    x16 = crop(x4, ORIGIN, UNITY)
    O = identity(x11)
    return O


def gshc_0222(I):
    x1 = lefthalf(I)
    x2 = hsplit(x1, TWO)
    x3 = first(x2)
    x4 = rbind(hupscale, TWO)
    x5 = x4(x3)
    O = identity(x5)
    return O


def gshc_0223(I):
    x1 = bottomhalf(I)
    x2 = rot90(I)
    x3 = matcher(mostcolor, FOUR)
    x4 = hsplit(x2, TWO)
    x5 = extract(x4, x3)
    x6 = rbind(colorcount, THREE)
    x7 = compose(positive, x6)
    x8 = sfilter(x4, x7)
    x9 = first(x8)
    x10 = chain(bottomhalf, trim, hmirror)
    x11 = x10(x9)
    O = identity(x11)
    return O


def gshc_0224(I):
    x1 = square(I)
    x2 = branch(x1, I, I)
    x3 = rot90(x2)
    O = identity(x3)
    return O


def gshc_0225(I):
    x1 = hsplit(I, TWO)
    x2 = order(x1, width)
    x3 = merge(x2)
    x4 = lefthalf(x3)
    O = identity(x3)
    return O


def gshc_0226(I):
    x1 = rbind(order, identity)
    x2 = apply(x1, I)
    x3 = hsplit(x2, THREE)
    x4 = last(x3)
    O = identity(x4)
    return O


def gshc_0227(I):
    x1 = switch(I, TWO, FOUR)
    x2 = shape(x1)
    x3 = canvas(FOUR, x2)
    O = identity(x3)
    return O


def gshc_0228(I):
    x1 = bottomhalf(I)
    x2 = portrait(I)
    x3 = branch(x2, I, I)
    x4 = bottomhalf(I)
    O = identity(x4)
    return O


def gshc_0229(I):
    x1 = colorcount(I, SIX)
    x2 = palette(I)
    x3 = other(x2, SIX)
    x4 = replace(I, x3, ZERO)
    x5 = hsplit(x4, TWO)
    x6 = argmin(x5, height)
    x7 = rbind(remove, ZERO)
    x8 = apply(x7, x6)
    x9 = compose(righthalf, hmirror)
    x10 = x9(x8)
    x11 = vsplit(x6, THREE)
    x12 = argmin(x11, size)
    x13 = vsplit(x10, TWO)
    x14 = argmax(x13, width)
    O = identity(x14)
    return O


def gshc_0230(I):
    x1 = vsplit(I, TWO)
    x2 = argmin(x1, leastcolor)
    x3 = mostcolor(x2)
    x4 = rot270(x2)
    x5 = rot270(x4)
    x6 = vsplit(x5, TWO)
    x7 = rbind(cellwise, NINE)
    x8 = papply(x7, x6, x6)
    x9 = merge(x8)
    x10 = righthalf(x9)
    O = identity(x10)
    return O


def gshc_0231(I):
    x1 = rbind(colorcount, SIX)
    x2 = compose(positive, x1)
    x3 = hsplit(I, TWO)
    x4 = sfilter(x3, x2)
    x5 = first(x4)
    x6 = switch(x5, SIX, SIX)
    O = identity(x6)
    return O


def gshc_0232(I):
    x1 = fork(vconcat, identity, dmirror)
    x2 = x1(I)
    x3 = hsplit(x2, TWO)
    x4 = apply(righthalf, x3)
    x5 = first(x4)
    x6 = vsplit(x5, THREE)
    x7 = order(x6, numcolors)
    x8 = merge(x7)
    x9 = astuple(rot180, dmirror)
    x10 = rapply(x9, x8)
    x11 = first(x10)
    O = identity(x8)
    return O


def gshc_0233(I):
    x1 = shape(I)
    x2 = canvas(THREE, x1)
    x3 = righthalf(x2)
    x4 = chain(vmirror, tophalf, righthalf)
    x5 = x4(x3)
    x6 = shape(x5)
    x7 = canvas(SEVEN, x6)
    x8 = shape(x7)
    x9 = canvas(ONE, x8)
    O = identity(x5)
    return O


def gshc_0234(I):
    x1 = colorcount(I, SIX)
    x2 = compose(cmirror, lefthalf)
    x3 = x2(I)
    x4 = dmirror(x3)
    x5 = rbind(colorcount, THREE)
    x6 = compose(positive, x5)
    x7 = hsplit(I, TWO)
    x8 = sfilter(x7, x6)
    x9 = first(x8)
    x10 = trim(x3)
    x11 = hmirror(x10)
    x12 = power(cmirror, THREE)
    x13 = x12(x3)
    x14 = vmirror(x13)
    x15 = replace(x11, EIGHT, SEVEN)
    O = identity(x15)
    return O


def gshc_0235(I):
    x1 = rbind(remove, ZERO)
    x2 = apply(x1, I)
    x3 = vsplit(I, THREE)
    x4 = valmax(x3, numcolors)
    x5 = vconcat(x2, x2)
    x6 = switch(x2, ONE, ZERO)
    x7 = square(x6)
    x8 = branch(x7, x6, I)
    x9 = palette(x8)
    x10 = other(x9, THREE)
    x11 = replace(x8, x10, TWO)
    x12 = rot90(x11)
    O = identity(x12)
    return O


def gshc_0236(I):
    x1 = downscale(I, THREE)
    x2 = trim(x1)
    x3 = switch(I, SIX, TWO)
    x4 = colorcount(x2, NINE)
    x5 = rbind(vupscale, ONE)
    x6 = x5(I)
    x7 = replace(x6, ONE, EIGHT)
    O = identity(x1)
    return O


def gshc_0237(I):
    x1 = vsplit(I, TWO)
    x2 = order(x1, numcolors)
    x3 = merge(x2)
    x4 = interval(ZERO, SEVEN, TWO)
    x5 = apply(halve, x4)
    x6 = size(x5)
    x7 = canvas(ZERO, astuple(x6, TWO))
    x8 = crop(I, UNITY, RIGHT)
    O = identity(x8)
    return O


def gshc_0238(I):
    x1 = rbind(remove, ZERO)
    x2 = apply(x1, I)
    x3 = dmirror(x2)
    x4 = hsplit(x3, THREE)
    x5 = mapply(dmirror, x4)
    x6 = hmirror(x5)
    x7 = rbind(colorcount, TWO)
    x8 = compose(positive, x7)
    x9 = sfilter(x4, x8)
    x10 = first(x9)
    x11 = vsplit(I, THREE)
    x12 = apply(righthalf, x11)
    x13 = first(x12)
    x14 = shape(x13)
    x15 = canvas(ONE, x14)
    O = identity(x15)
    return O


def gshc_0239(I):
    x1 = power(rot180, THREE)
    x2 = x1(I)
    x3 = replace(I, EIGHT, ONE)
    x4 = palette(x3)
    x5 = contained(EIGHT, x4)
    x6 = branch(x5, x3, rot270(x3))
    O = identity(x3)
    return O
