from dsl import *


def gsh_0140(I):
    x1 = vmirror(I)
    x2 = replace(I, SEVEN, THREE)
    x3 = bottomhalf(I)
    O = identity(x3)
    return O


def gsh_0141(I):
    x1 = bottomhalf(I)
    x2 = compose(trim, hmirror)
    x3 = x2(I)
    x4 = replace(x3, EIGHT, ZERO)
    x5 = shape(I)
    x6 = canvas(NINE, x5)
    x7 = lefthalf(x6)
    O = identity(x7)
    return O


def gsh_0142(I):
    x1 = dmirror(I)
    x2 = numcolors(x1)
    x3 = trim(x1)
    x4 = rot270(I)
    O = identity(x4)
    return O


def gsh_0143(I):
    x1 = compose(hmirror, rot270)
    x2 = x1(I)
    x3 = lefthalf(x2)
    x4 = upscale(x3, THREE)
    x5 = rot90(x4)
    x6 = hmirror(x5)
    x7 = portrait(x5)
    x8 = branch(x7, x5, I)
    x9 = downscale(x8, TWO)
    x10 = dmirror(I)
    O = identity(x10)
    return O


def gsh_0144(I):
    x1 = crop(I, TWO_BY_TWO, RIGHT)
    x2 = tophalf(x1)
    x3 = chain(righthalf, trim, rot180)
    x4 = x3(x2)
    O = identity(x2)
    return O


def gsh_0145(I):
    x1 = rot90(I)
    x2 = portrait(x1)
    x3 = branch(x2, x1, I)
    x4 = vmirror(x1)
    x5 = leastcolor(x4)
    x6 = rot270(x4)
    x7 = replace(x6, NINE, TWO)
    x8 = trim(x6)
    x9 = compose(rot270, cmirror)
    x10 = x9(x7)
    x11 = compose(righthalf, tophalf)
    x12 = x11(x10)
    O = identity(x12)
    return O


def gsh_0146(I):
    x1 = portrait(I)
    x2 = branch(x1, I, I)
    x3 = rot90(I)
    x4 = square(x3)
    x5 = branch(x4, x3, I)
    x6 = hupscale(x5, TWO)
    O = identity(x5)
    return O


def gsh_0147(I):
    x1 = compose(rot90, tophalf)
    x2 = x1(I)
    x3 = portrait(x2)
    x4 = branch(x3, x2, I)
    x5 = power(rot270, TWO)
    x6 = x5(x4)
    x7 = rot180(x2)
    x8 = upscale(x7, TWO)
    O = identity(x7)
    return O


def gsh_0148(I):
    x1 = compose(rot180, rot270)
    x2 = x1(I)
    x3 = fork(hconcat, identity, lefthalf)
    x4 = x3(x2)
    x5 = crop(x4, ORIGIN, TWO_BY_TWO)
    x6 = shape(I)
    x7 = canvas(TWO, x6)
    O = identity(x2)
    return O


def gsh_0149(I):
    x1 = compose(vmirror, hmirror)
    x2 = x1(I)
    x3 = crop(x2, ORIGIN, RIGHT)
    O = identity(x3)
    return O


def gsh_0150(I):
    x1 = tophalf(I)
    x2 = rot270(I)
    x3 = hupscale(x2, THREE)
    x4 = vupscale(x3, THREE)
    x5 = upscale(x4, ONE)
    O = identity(x5)
    return O


def gsh_0151(I):
    x1 = compose(rot180, vmirror)
    x2 = x1(I)
    x3 = crop(x2, TWO_BY_TWO, ORIGIN)
    x4 = compose(cmirror, rot90)
    x5 = x4(x3)
    x6 = switch(x5, ZERO, TWO)
    x7 = shape(x6)
    x8 = canvas(ONE, x7)
    x9 = colorcount(x8, ZERO)
    O = identity(x2)
    return O


def gsh_0152(I):
    x1 = replace(I, EIGHT, ONE)
    x2 = cmirror(x1)
    x3 = square(x2)
    x4 = branch(x3, x2, I)
    x5 = cmirror(x4)
    x6 = hconcat(x2, x4)
    x7 = hconcat(I, x6)
    x8 = shape(x7)
    x9 = canvas(THREE, x8)
    x10 = dmirror(x9)
    O = identity(x10)
    return O


def gsh_0153(I):
    x1 = square(I)
    x2 = branch(x1, I, I)
    x3 = bottomhalf(I)
    x4 = chain(rot270, cmirror, hmirror)
    x5 = x4(x2)
    x6 = switch(x5, NINE, FIVE)
    x7 = fork(hconcat, identity, hmirror)
    x8 = x7(x6)
    x9 = hconcat(x8, x8)
    O = identity(x9)
    return O


def gsh_0154(I):
    x1 = vupscale(I, THREE)
    x2 = power(vmirror, THREE)
    x3 = x2(I)
    x4 = rot270(x1)
    x5 = trim(x4)
    O = identity(x3)
    return O


def gsh_0155(I):
    x1 = compose(bottomhalf, vmirror)
    x2 = x1(I)
    x3 = trim(x2)
    x4 = upscale(x3, THREE)
    x5 = dmirror(x4)
    x6 = hmirror(x2)
    x7 = shape(x6)
    x8 = canvas(FOUR, x7)
    x9 = shape(x3)
    x10 = canvas(SIX, x9)
    x11 = rot90(x10)
    O = identity(x11)
    return O


def gsh_0156(I):
    x1 = righthalf(I)
    x2 = lefthalf(x1)
    x3 = crop(x2, ORIGIN, TWO_BY_TWO)
    O = identity(x2)
    return O


def gsh_0157(I):
    x1 = hconcat(I, I)
    x2 = square(x1)
    x3 = branch(x2, x1, I)
    x4 = fork(hconcat, identity, trim)
    x5 = x4(I)
    x6 = portrait(x5)
    x7 = branch(x6, x5, I)
    O = identity(x7)
    return O


def gsh_0158(I):
    x1 = switch(I, SEVEN, TWO)
    x2 = rot180(x1)
    x3 = hconcat(x2, I)
    x4 = lefthalf(x3)
    x5 = power(rot90, TWO)
    x6 = x5(x4)
    x7 = switch(x4, THREE, THREE)
    x8 = tophalf(I)
    x9 = leastcolor(x8)
    x10 = hconcat(x8, x2)
    O = identity(x2)
    return O


def gsh_0159(I):
    x1 = upscale(I, THREE)
    x2 = rbind(upscale, ONE)
    x3 = x2(x1)
    O = identity(x1)
    return O
