from dsl import *


def gsh_0020(I):
    x1 = dmirror(I)
    x2 = vconcat(x1, x1)
    x3 = chain(bottomhalf, vmirror, rot270)
    x4 = x3(x2)
    x5 = vupscale(x4, ONE)
    O = identity(x5)
    return O


def gsh_0021(I):
    x1 = dmirror(I)
    x2 = replace(x1, NINE, ZERO)
    x3 = switch(I, FOUR, EIGHT)
    x4 = switch(x3, FIVE, ONE)
    x5 = rot90(x4)
    O = identity(x5)
    return O


def gsh_0022(I):
    x1 = switch(I, THREE, FIVE)
    x2 = rot270(x1)
    O = identity(x1)
    return O


def gsh_0023(I):
    x1 = crop(I, UNITY, UNITY)
    x2 = shape(x1)
    x3 = canvas(THREE, x2)
    x4 = power(vmirror, TWO)
    x5 = x4(x3)
    O = identity(x5)
    return O


def gsh_0024(I):
    x1 = hconcat(I, I)
    x2 = mostcolor(x1)
    x3 = tophalf(x1)
    O = identity(x1)
    return O


def gsh_0025(I):
    x1 = hmirror(I)
    x2 = crop(x1, TWO_BY_TWO, ORIGIN)
    x3 = rot90(I)
    x4 = bottomhalf(x3)
    x5 = shape(x4)
    x6 = canvas(FOUR, x5)
    x7 = vupscale(x6, THREE)
    x8 = vmirror(x7)
    x9 = vupscale(x8, ONE)
    x10 = tophalf(x4)
    O = identity(x10)
    return O


def gsh_0026(I):
    x1 = crop(I, TWO_BY_TWO, DOWN)
    x2 = switch(x1, SEVEN, FIVE)
    x3 = crop(x2, ORIGIN, RIGHT)
    x4 = trim(x3)
    x5 = lefthalf(x2)
    O = identity(x5)
    return O


def gsh_0027(I):
    x1 = tophalf(I)
    x2 = downscale(I, TWO)
    x3 = bottomhalf(x2)
    x4 = cmirror(x3)
    x5 = rbind(upscale, ONE)
    x6 = x5(x4)
    x7 = shape(x6)
    x8 = canvas(SIX, x7)
    x9 = bottomhalf(x8)
    x10 = lefthalf(x9)
    O = identity(x3)
    return O


def gsh_0028(I):
    x1 = shape(I)
    x2 = canvas(ONE, x1)
    x3 = replace(x2, FIVE, SIX)
    x4 = colorcount(I, SEVEN)
    x5 = fork(vconcat, identity, rot270)
    x6 = x5(x3)
    O = identity(x6)
    return O


def gsh_0029(I):
    x1 = switch(I, SEVEN, SIX)
    x2 = shape(x1)
    x3 = canvas(THREE, x2)
    x4 = leastcolor(x3)
    x5 = dmirror(I)
    O = identity(x5)
    return O


def gsh_0030(I):
    x1 = rot180(I)
    x2 = shape(x1)
    x3 = canvas(FOUR, x2)
    x4 = shape(x1)
    x5 = canvas(SEVEN, x4)
    x6 = bottomhalf(x5)
    O = identity(x6)
    return O


def gsh_0031(I):
    x1 = shape(I)
    x2 = canvas(FOUR, x1)
    x3 = dmirror(x2)
    x4 = rot180(I)
    x5 = portrait(x4)
    x6 = branch(x5, x4, I)
    x7 = replace(x6, NINE, ONE)
    x8 = square(x7)
    x9 = branch(x8, x7, I)
    O = identity(x3)
    return O


def gsh_0032(I):
    x1 = crop(I, ORIGIN, UNITY)
    x2 = compose(hmirror, vmirror)
    x3 = x2(x1)
    O = identity(x3)
    return O


def gsh_0033(I):
    x1 = downscale(I, TWO)
    x2 = compose(vmirror, tophalf)
    x3 = x2(x1)
    x4 = righthalf(x3)
    x5 = switch(x4, SEVEN, SEVEN)
    x6 = rot180(x5)
    x7 = compose(hmirror, trim)
    x8 = x7(x6)
    O = identity(x8)
    return O


def gsh_0034(I):
    x1 = crop(I, ORIGIN, UNITY)
    x2 = vmirror(x1)
    x3 = fork(vconcat, identity, rot180)
    x4 = x3(x2)
    x5 = crop(x4, TWO_BY_TWO, ZERO_BY_TWO)
    x6 = trim(x5)
    x7 = vconcat(x6, x6)
    x8 = rot180(x6)
    x9 = hmirror(x8)
    O = identity(x9)
    return O


def gsh_0035(I):
    x1 = shape(I)
    x2 = canvas(ZERO, x1)
    x3 = righthalf(I)
    O = identity(x3)
    return O


def gsh_0036(I):
    x1 = shape(I)
    x2 = canvas(THREE, x1)
    x3 = shape(I)
    x4 = canvas(EIGHT, x3)
    x5 = upscale(x4, THREE)
    x6 = hconcat(x5, x4)
    x7 = downscale(x2, ONE)
    O = identity(x6)
    return O


def gsh_0037(I):
    x1 = trim(I)
    x2 = crop(I, ORIGIN, RIGHT)
    x3 = cmirror(x2)
    O = identity(x3)
    return O


def gsh_0038(I):
    x1 = colorcount(I, NINE)
    x2 = compose(dmirror, trim)
    x3 = x2(I)
    x4 = replace(x3, EIGHT, TWO)
    x5 = crement(x1)
    O = identity(x4)
    return O


def gsh_0039(I):
    x1 = dmirror(I)
    x2 = portrait(x1)
    x3 = branch(x2, x1, I)
    x4 = righthalf(x3)
    O = identity(x3)
    return O
