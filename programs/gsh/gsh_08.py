from dsl import *


def gsh_0160(I):
    x1 = hmirror(I)
    x2 = tophalf(x1)
    x3 = shape(x2)
    x4 = canvas(NINE, x3)
    x5 = rbind(upscale, ONE)
    x6 = x5(x4)
    x7 = portrait(x6)
    x8 = branch(x7, x6, I)
    x9 = righthalf(x8)
    x10 = trim(x2)
    x11 = dmirror(x4)
    x12 = shape(x9)
    x13 = canvas(THREE, x12)
    O = identity(x13)
    return O


def gsh_0161(I):
    x1 = switch(I, ZERO, SIX)
    x2 = lefthalf(I)
    x3 = fork(hconcat, identity, lefthalf)
    x4 = x3(x2)
    x5 = vupscale(I, THREE)
    x6 = replace(x2, ONE, SEVEN)
    x7 = rot270(x1)
    O = identity(x4)
    return O


def gsh_0162(I):
    x1 = bottomhalf(I)
    x2 = chain(dmirror, rot90, hmirror)
    x3 = x2(I)
    O = identity(x1)
    return O


def gsh_0163(I):
    x1 = downscale(I, THREE)
    x2 = hconcat(I, x1)
    x3 = rot270(x2)
    x4 = bottomhalf(I)
    x5 = compose(trim, lefthalf)
    x6 = x5(x3)
    x7 = switch(x6, EIGHT, THREE)
    O = identity(x7)
    return O


def gsh_0164(I):
    x1 = crop(I, UNITY, DOWN)
    x2 = crop(x1, TWO_BY_TWO, RIGHT)
    x3 = upscale(x2, THREE)
    x4 = shape(x3)
    x5 = canvas(EIGHT, x4)
    x6 = bottomhalf(x5)
    x7 = portrait(x6)
    x8 = branch(x7, x6, I)
    O = identity(x8)
    return O


def gsh_0165(I):
    x1 = shape(I)
    x2 = canvas(NINE, x1)
    x3 = lefthalf(x2)
    x4 = shape(I)
    x5 = canvas(ZERO, x4)
    x6 = hupscale(x5, TWO)
    x7 = shape(x6)
    x8 = canvas(EIGHT, x7)
    x9 = downscale(x2, THREE)
    x10 = switch(x9, ZERO, NINE)
    O = identity(x6)
    return O


def gsh_0166(I):
    x1 = downscale(I, TWO)
    x2 = bottomhalf(x1)
    x3 = fork(hconcat, identity, tophalf)
    x4 = x3(I)
    O = identity(x4)
    return O


def gsh_0167(I):
    x1 = hconcat(I, I)
    x2 = shape(x1)
    x3 = canvas(FIVE, x2)
    x4 = upscale(x3, ONE)
    x5 = chain(tophalf, righthalf, vmirror)
    x6 = x5(I)
    x7 = upscale(x6, ONE)
    x8 = chain(rot90, trim, bottomhalf)
    x9 = x8(x7)
    O = identity(x9)
    return O


def gsh_0168(I):
    x1 = shape(I)
    x2 = canvas(SEVEN, x1)
    x3 = hmirror(x2)
    x4 = trim(x2)
    x5 = square(I)
    x6 = branch(x5, I, I)
    x7 = vmirror(x6)
    x8 = rot180(x7)
    O = identity(x7)
    return O


def gsh_0169(I):
    x1 = crop(I, ORIGIN, ORIGIN)
    x2 = lefthalf(x1)
    x3 = shape(x2)
    x4 = canvas(ONE, x3)
    x5 = upscale(x4, TWO)
    x6 = trim(x1)
    x7 = crop(x6, UNITY, TWO_BY_TWO)
    x8 = righthalf(x1)
    x9 = shape(x8)
    x10 = canvas(ZERO, x9)
    O = identity(x10)
    return O


def gsh_0170(I):
    x1 = tophalf(I)
    x2 = vconcat(x1, x1)
    x3 = upscale(x2, THREE)
    x4 = rot90(x3)
    x5 = compose(rot270, bottomhalf)
    x6 = x5(I)
    x7 = hupscale(x6, ONE)
    x8 = portrait(x4)
    x9 = branch(x8, x4, I)
    O = identity(x9)
    return O


def gsh_0171(I):
    x1 = crop(I, ORIGIN, TWO_BY_TWO)
    x2 = hmirror(I)
    x3 = mostcolor(x2)
    x4 = upscale(x2, TWO)
    O = identity(x4)
    return O


def gsh_0172(I):
    x1 = vupscale(I, ONE)
    x2 = compose(rot270, tophalf)
    x3 = x2(x1)
    x4 = portrait(x3)
    x5 = branch(x4, x3, I)
    x6 = leastcolor(x5)
    x7 = cmirror(x5)
    O = identity(x7)
    return O


def gsh_0173(I):
    x1 = dmirror(I)
    x2 = switch(x1, FOUR, FIVE)
    x3 = portrait(x2)
    x4 = branch(x3, x2, I)
    x5 = bottomhalf(x4)
    x6 = replace(x1, FIVE, TWO)
    x7 = bottomhalf(x6)
    x8 = portrait(x7)
    x9 = branch(x8, x7, I)
    O = identity(x5)
    return O


def gsh_0174(I):
    x1 = switch(I, NINE, SEVEN)
    x2 = compose(cmirror, righthalf)
    x3 = x2(x1)
    x4 = fork(hconcat, identity, rot270)
    x5 = x4(x3)
    x6 = compose(tophalf, bottomhalf)
    x7 = x6(x5)
    x8 = switch(x7, THREE, TWO)
    O = identity(x8)
    return O


def gsh_0175(I):
    x1 = square(I)
    x2 = branch(x1, I, I)
    x3 = hconcat(x2, x2)
    x4 = rot90(x3)
    x5 = compose(rot90, hmirror)
    x6 = x5(x2)
    x7 = compose(vmirror, lefthalf)
    x8 = x7(x2)
    x9 = width(x8)
    x10 = rbind(upscale, TWO)
    x11 = x10(x8)
    x12 = downscale(x8, THREE)
    x13 = divide(x9, x9)
    O = identity(x6)
    return O


def gsh_0176(I):
    x1 = shape(I)
    x2 = canvas(SEVEN, x1)
    x3 = square(I)
    x4 = branch(x3, I, I)
    x5 = shape(x4)
    x6 = canvas(SIX, x5)
    x7 = cmirror(x6)
    x8 = rot270(x7)
    x9 = shape(x8)
    x10 = canvas(TWO, x9)
    x11 = vupscale(x7, ONE)
    x12 = bottomhalf(x7)
    O = identity(x12)
    return O


def gsh_0177(I):
    x1 = dmirror(I)
    x2 = righthalf(x1)
    x3 = mostcolor(x2)
    x4 = compose(rot90, righthalf)
    x5 = x4(x2)
    O = identity(x5)
    return O


def gsh_0178(I):
    x1 = height(I)
    x2 = switch(I, EIGHT, FIVE)
    x3 = rbind(hupscale, ONE)
    x4 = x3(I)
    x5 = dmirror(I)
    x6 = square(x5)
    x7 = branch(x6, x5, I)
    x8 = crop(I, ORIGIN, DOWN)
    x9 = crop(x8, TWO_BY_TWO, DOWN)
    x10 = replace(x9, ZERO, FIVE)
    O = identity(x10)
    return O


def gsh_0179(I):
    x1 = width(I)
    x2 = vupscale(I, TWO)
    x3 = hmirror(I)
    x4 = fork(hconcat, identity, hmirror)
    x5 = x4(x3)
    x6 = cmirror(x5)
    x7 = add(x1, FIVE)
    x8 = chain(trim, bottomhalf, hmirror)
    x9 = x8(x6)
    x10 = crop(x9, TWO_BY_TWO, ORIGIN)
    O = identity(x10)
    return O
