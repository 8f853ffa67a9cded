from dsl import *


def gsh_0100(I):
    x1 = hmirror(I)
    x2 = hupscale(x1, ONE)
    x3 = rot270(x2)
    x4 = compose(vmirror, tophalf)
    x5 = x4(x3)
    x6 = dmirror(x5)
    O = identity(x6)
    return O


def gsh_0101(I):
    x1 = dmirror(I)
    x2 = chain(vmirror, tophalf, cmirror)
    x3 = x2(x1)
    x4 = compose(hmirror, lefthalf)
    x5 = x4(x3)
    x6 = lefthalf(x5)
    x7 = tophalf(x6)
    x8 = hupscale(x6, THREE)
    x9 = rot180(x8)
    x10 = compose(bottomhalf, cmirror)
    x11 = x10(x1)
    O = identity(x11)
    return O


def gsh_0102(I):
    x1 = rot270(I)
    x2 = width(x1)
    x3 = compose(vmirror, rot270)
    x4 = x3(x1)
    x5 = add(x2, SIX)
    x6 = chain(bottomhalf, rot90, dmirror)
    x7 = x6(x4)
    O = identity(x7)
    return O


def gsh_0103(I):
    x1 = shape(I)
    x2 = canvas(ONE, x1)
    x3 = rbind(upscale, ONE)
    x4 = x3(x2)
    x5 = hmirror(x4)
    x6 = shape(x5)
    x7 = canvas(TWO, x6)
    x8 = tophalf(x7)
    x9 = vupscale(x8, TWO)
    x10 = upscale(x2, THREE)
    x11 = shape(x10)
    x12 = canvas(SEVEN, x11)
    x13 = vmirror(x12)
    O = identity(x13)
    return O


def gsh_0104(I):
    x1 = bottomhalf(I)
    x2 = rbind(hupscale, TWO)
    x3 = x2(x1)
    x4 = righthalf(x3)
    x5 = crop(x1, TWO_BY_TWO, ORIGIN)
    x6 = tophalf(x4)
    x7 = righthalf(x4)
    x8 = shape(x7)
    x9 = canvas(EIGHT, x8)
    x10 = crop(x5, TWO_BY_TWO, THREE_BY_THREE)
    O = identity(x10)
    return O


def gsh_0105(I):
    x1 = rot180(I)
    x2 = tophalf(x1)
    x3 = shape(I)
    x4 = canvas(ZERO, x3)
    x5 = bottomhalf(x4)
    x6 = vupscale(x5, THREE)
    x7 = hmirror(x6)
    x8 = fork(hconcat, identity, bottomhalf)
    x9 = x8(x7)
    x10 = lefthalf(x9)
    O = identity(x7)
    return O


def gsh_0106(I):
    x1 = shape(I)
    x2 = canvas(NINE, x1)
    x3 = portrait(x2)
    x4 = branch(x3, x2, I)
    x5 = shape(x4)
    x6 = canvas(THREE, x5)
    x7 = replace(x6, ZERO, TWO)
    x8 = bottomhalf(x7)
    x9 = dmirror(x6)
    O = identity(x8)
    return O


def gsh_0107(I):
    x1 = compose(rot180, trim)
    x2 = x1(I)
    x3 = vupscale(I, ONE)
    x4 = switch(I, FOUR, TWO)
    x5 = hconcat(x2, x4)
    x6 = vupscale(x3, ONE)
    x7 = chain(cmirror, lefthalf, righthalf)
    x8 = x7(x6)
    O = identity(x8)
    return O


def gsh_0108(I):
    x1 = replace(I, EIGHT, THREE)
    x2 = compose(rot270, bottomhalf)
    x3 = x2(x1)
    x4 = vmirror(x3)
    x5 = shape(x4)
    x6 = canvas(TWO, x5)
    O = identity(x6)
    return O


def gsh_0109(I):
    x1 = fork(vconcat, identity, bottomhalf)
    x2 = x1(I)
    x3 = rot180(x2)
    x4 = rot90(x3)
    x5 = trim(I)
    x6 = compose(righthalf, tophalf)
    x7 = x6(x3)
    x8 = portrait(x7)
    x9 = branch(x8, x7, I)
    x10 = shape(x9)
    x11 = canvas(EIGHT, x10)
    x12 = lefthalf(x11)
    O = identity(x12)
    return O


def gsh_0110(I):
    x1 = lefthalf(I)
    x2 = chain(rot180, righthalf, vmirror)
    x3 = x2(I)
    x4 = vmirror(x3)
    x5 = width(I)
    x6 = compose(dmirror, righthalf)
    x7 = x6(x4)
    O = identity(x7)
    return O


def gsh_0111(I):
    x1 = switch(I, THREE, THREE)
    x2 = shape(x1)
    x3 = canvas(TWO, x2)
    x4 = trim(x3)
    x5 = downscale(x3, THREE)
    x6 = vconcat(x3, x3)
    x7 = hmirror(x3)
    x8 = square(x7)
    x9 = branch(x8, x7, I)
    x10 = rot90(x9)
    O = identity(x10)
    return O


def gsh_0112(I):
    x1 = tophalf(I)
    x2 = colorcount(x1, NINE)
    x3 = compose(rot270, rot90)
    x4 = x3(I)
    x5 = vmirror(x4)
    x6 = tophalf(x4)
    x7 = replace(x4, ZERO, THREE)
    x8 = hupscale(I, TWO)
    x9 = upscale(x1, TWO)
    x10 = shape(x9)
    x11 = canvas(ONE, x10)
    O = identity(x11)
    return O


def gsh_0113(I):
    x1 = switch(I, SIX, SIX)
    x2 = hupscale(x1, THREE)
    x3 = portrait(x2)
    x4 = branch(x3, x2, I)
    x5 = power(dmirror, THREE)
    x6 = x5(x4)
    x7 = colorcount(x6, ONE)
    x8 = replace(x2, FOUR, FOUR)
    x9 = crop(x8, TWO_BY_TWO, TWO_BY_TWO)
    x10 = rot180(x9)
    x11 = vupscale(x10, ONE)
    O = identity(x11)
    return O


def gsh_0114(I):
    x1 = trim(I)
    x2 = replace(x1, FIVE, THREE)
    x3 = upscale(x2, ONE)
    x4 = hmirror(I)
    x5 = fork(hconcat, identity, trim)
    x6 = x5(x4)
    x7 = righthalf(x6)
    x8 = rot90(x4)
    x9 = crop(x8, ORIGIN, ORIGIN)
    x10 = vupscale(x7, TWO)
    O = identity(x3)
    return O


def gsh_0115(I):
    x1 = colorcount(I, FIVE)
    x2 = bottomhalf(I)
    x3 = switch(I, FIVE, EIGHT)
    x4 = downscale(x3, THREE)
    x5 = multiply(x1, SEVEN)
    x6 = downscale(x4, THREE)
    x7 = portrait(x2)
    x8 = branch(x7, x2, I)
    x9 = chain(tophalf, rot270, hmirror)
    x10 = x9(x8)
    x11 = square(x6)
    x12 = branch(x11, x6, I)
    O = identity(x12)
    return O


def gsh_0116(I):
    x1 = vconcat(I, I)
    x2 = crop(x1, ORIGIN, RIGHT)
    O = identity(x2)
    return O


def gsh_0117(I):
    x1 = leastcolor(I)
    x2 = righthalf(I)
    x3 = upscale(I, TWO)
    x4 = switch(x3, ONE, ZERO)
    x5 = cmirror(x4)
    x6 = switch(x2, SEVEN, SIX)
    x7 = crop(x6, UNITY, RIGHT)
    x8 = vconcat(x7, x4)
    O = identity(x5)
    return O


def gsh_0118(I):
    x1 = crop(I, TWO_BY_TWO, RIGHT)
    x2 = shape(x1)
    x3 = canvas(SIX, x2)
    x4 = replace(x3, THREE, FIVE)
    x5 = dmirror(x4)
    x6 = rot180(x4)
    x7 = shape(x6)
    x8 = canvas(NINE, x7)
    x9 = rot90(x1)
    x10 = colorcount(x8, SIX)
    x11 = vmirror(x9)
    x12 = rot270(I)
    O = identity(x12)
    return O


def gsh_0119(I):
    x1 = trim(I)
    x2 = square(x1)
    x3 = branch(x2, x1, I)
    x4 = upscale(x3, TWO)
    x5 = shape(x4)
    x6 = canvas(FOUR, x5)
    x7 = tophalf(x3)
    x8 = fork(hconcat, identity, cmirror)
    x9 = x8(x7)
    x10 = dmirror(I)
    x11 = rot90(x10)
    x12 = bottomhalf(x11)
    O = identity(x10)
    return O
