from dsl import *


def gsh_0040(I):
    x1 = shape(I)
    x2 = canvas(FOUR, x1)
    x3 = hupscale(x2, TWO)
    x4 = size(x3)
    x5 = lefthalf(x3)
    x6 = rot90(x5)
    x7 = rot90(I)
    x8 = vupscale(x2, TWO)
    x9 = replace(x8, FIVE, SIX)
    x10 = switch(x9, EIGHT, EIGHT)
    O = identity(x9)
    return O


def gsh_0041(I):
    x1 = crop(I, UNITY, UNITY)
    x2 = lefthalf(x1)
    O = identity(x2)
    return O


def gsh_0042(I):
    x1 = rot270(I)
    x2 = rot270(x1)
    x3 = shape(x2)
    x4 = canvas(TWO, x3)
    x5 = shape(x4)
    x6 = canvas(NINE, x5)
    O = identity(x6)
    return O


def gsh_0043(I):
    x1 = shape(I)
    x2 = canvas(FOUR, x1)
    x3 = hupscale(x2, THREE)
    x4 = fork(hconcat, identity, dmirror)
    x5 = x4(x3)
    x6 = hmirror(x5)
    x7 = vconcat(x6, x6)
    x8 = square(I)
    x9 = branch(x8, I, I)
    x10 = crop(x9, UNITY, ORIGIN)
    x11 = shape(x10)
    x12 = canvas(FOUR, x11)
    x13 = fork(vconcat, identity, righthalf)
    x14 = x13(x12)
    O = identity(x14)
    return O


def gsh_0044(I):
    x1 = hconcat(I, I)
    x2 = shape(x1)
    x3 = canvas(THREE, x2)
    x4 = shape(x3)
    x5 = canvas(SIX, x4)
    x6 = chain(rot180, bottomhalf, dmirror)
    x7 = x6(x1)
    x8 = square(x1)
    x9 = branch(x8, x1, I)
    x10 = dmirror(x1)
    x11 = compose(rot90, bottomhalf)
    x12 = x11(x7)
    O = identity(x12)
    return O


def gsh_0045(I):
    x1 = downscale(I, TWO)
    x2 = width(I)
    x3 = crop(x1, UNITY, ORIGIN)
    x4 = power(dmirror, THREE)
    x5 = x4(x3)
    x6 = shape(x5)
    x7 = canvas(EIGHT, x6)
    x8 = fork(hconcat, identity, tophalf)
    x9 = x8(x7)
    x10 = bottomhalf(x1)
    O = identity(x10)
    return O


def gsh_0046(I):
    x1 = shape(I)
    x2 = canvas(FOUR, x1)
    x3 = vmirror(x2)
    x4 = crop(x3, UNITY, UNITY)
    x5 = shape(x4)
    x6 = canvas(TWO, x5)
    x7 = compose(lefthalf, bottomhalf)
    x8 = x7(x2)
    x9 = replace(x8, EIGHT, SIX)
    x10 = colorcount(x9, THREE)
    x11 = rbind(hupscale, ONE)
    x12 = x11(x9)
    O = identity(x12)
    return O


def gsh_0047(I):
    x1 = shape(I)
    x2 = canvas(THREE, x1)
    x3 = rot180(x2)
    O = identity(x3)
    return O


def gsh_0048(I):
    x1 = shape(I)
    x2 = canvas(EIGHT, x1)
    x3 = rbind(hupscale, ONE)
    x4 = x3(I)
    x5 = switch(x4, SIX, FOUR)
    x6 = bottomhalf(x4)
    x7 = downscale(x6, ONE)
    O = identity(x2)
    return O


def gsh_0049(I):
    x1 = replace(I, NINE, SEVEN)
    x2 = upscale(x1, TWO)
    x3 = compose(tophalf, rot270)
    x4 = x3(x2)
    x5 = dmirror(x4)
    x6 = hupscale(x5, THREE)
    x7 = crop(x6, ORIGIN, TWO_BY_TWO)
    x8 = switch(x7, SIX, TWO)
    x9 = mostcolor(x8)
    O = identity(x8)
    return O


def gsh_0050(I):
    x1 = trim(I)
    x2 = shape(I)
    x3 = canvas(EIGHT, x2)
    x4 = righthalf(x3)
    x5 = shape(x4)
    x6 = canvas(TWO, x5)
    O = identity(x6)
    return O


def gsh_0051(I):
    x1 = vmirror(I)
    x2 = righthalf(x1)
    x3 = shape(x2)
    x4 = canvas(SEVEN, x3)
    O = identity(x1)
    return O


def gsh_0052(I):
    x1 = crop(I, TWO_BY_TWO, UNITY)
    x2 = colorcount(x1, FIVE)
    x3 = square(x1)
    x4 = branch(x3, x1, I)
    x5 = width(x4)
    x6 = divide(x2, EIGHT)
    x7 = hupscale(I, TWO)
    x8 = mostcolor(x7)
    x9 = compose(lefthalf, rot180)
    x10 = x9(x7)
    x11 = righthalf(x1)
    O = identity(x11)
    return O


def gsh_0053(I):
    x1 = rbind(vupscale, ONE)
    x2 = x1(I)
    x3 = shape(I)
    x4 = canvas(NINE, x3)
    x5 = shape(x2)
    x6 = canvas(ONE, x5)
    x7 = switch(x6, FOUR, NINE)
    x8 = compose(rot270, rot90)
    x9 = x8(x7)
    x10 = switch(x9, ONE, FIVE)
    x11 = rot90(x10)
    O = identity(x11)
    return O


def gsh_0054(I):
    x1 = downscale(I, ONE)
    x2 = compose(cmirror, vmirror)
    x3 = x2(x1)
    O = identity(x3)
    return O


def gsh_0055(I):
    x1 = compose(dmirror, rot180)
    x2 = x1(I)
    x3 = vconcat(x2, I)
    x4 = vupscale(x3, ONE)
    O = identity(x4)
    return O


def gsh_0056(I):
    x1 = colorcount(I, NINE)
    x2 = downscale(I, ONE)
    x3 = rot270(x2)
    x4 = power(rot180, THREE)
    x5 = x4(x3)
    O = identity(x5)
    return O


def gsh_0057(I):
    x1 = replace(I, SIX, TWO)
    x2 = chain(dmirror, tophalf, rot90)
    x3 = x2(x1)
    x4 = bottomhalf(I)
    x5 = height(x4)
    O = identity(x4)
    return O


def gsh_0058(I):
    x1 = shape(I)
    x2 = canvas(EIGHT, x1)
    x3 = rot270(x2)
    x4 = switch(I, SIX, THREE)
    x5 = vconcat(x4, x4)
    x6 = vconcat(I, x5)
    x7 = downscale(x6, ONE)
    x8 = cmirror(x7)
    O = identity(x2)
    return O


def gsh_0059(I):
    x1 = cmirror(I)
    x2 = shape(x1)
    x3 = canvas(ONE, x2)
    O = identity(x3)
    return O
