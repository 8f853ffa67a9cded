from dsl import *


def gsh_0180(I):
    x1 = square(I)
    x2 = branch(x1, I, I)
    x3 = rot180(x2)
    x4 = rot180(x3)
    O = identity(x4)
    return O


def gsh_0181(I):
    x1 = rot270(I)
    x2 = bottomhalf(x1)
    x3 = tophalf(x2)
    x4 = bottomhalf(x1)
    x5 = square(x4)
    x6 = branch(x5, x4, I)
    x7 = lefthalf(x6)
    x8 = vconcat(x1, x4)
    x9 = dmirror(x8)
    x10 = replace(x9, NINE, EIGHT)
    O = identity(x10)
    return O


def gsh_0182(I):
    x1 = numcolors(I)
    x2 = hmirror(I)
    x3 = switch(x2, ZERO, FIVE)
    x4 = portrait(x3)
    x5 = branch(x4, x3, I)
    x6 = size(I)
    O = identity(x5)
    return O


def gsh_0183(I):
    x1 = power(rot270, TWO)
    x2 = x1(I)
    x3 = rbind(vupscale, TWO)
    x4 = x3(x2)
    x5 = square(x4)
    x6 = branch(x5, x4, I)
    x7 = lefthalf(x6)
    x8 = shape(x7)
    x9 = canvas(ZERO, x8)
    x10 = compose(rot180, bottomhalf)
    x11 = x10(x9)
    x12 = shape(x11)
    x13 = canvas(NINE, x12)
    x14 = height(x2)
    O = identity(x13)
    return O


def gsh_0184(I):
    x1 = crop(I, TWO_BY_TWO, TWO_BY_TWO)
    x2 = switch(x1, ONE, THREE)
    x3 = trim(x2)
    x4 = rot180(x3)
    O = identity(x4)
    return O


def gsh_0185(I):
    x1 = replace(I, EIGHT, SIX)
    x2 = bottomhalf(x1)
    x3 = square(x2)
    x4 = branch(x3, x2, I)
    x5 = switch(x4, NINE, SIX)
    x6 = vupscale(x5, ONE)
    x7 = hmirror(x6)
    x8 = upscale(x6, ONE)
    x9 = compose(vmirror, cmirror)
    x10 = x9(x8)
    x11 = vupscale(x10, ONE)
    O = identity(x11)
    return O


def gsh_0186(I):
    x1 = tophalf(I)
    x2 = trim(x1)
    x3 = compose(tophalf, dmirror)
    x4 = x3(x2)
    x5 = switch(x4, SEVEN, ONE)
    x6 = chain(vmirror, righthalf, rot90)
    x7 = x6(x5)
    O = identity(x7)
    return O


def gsh_0187(I):
    x1 = rot90(I)
    x2 = switch(x1, SIX, ZERO)
    x3 = bottomhalf(x2)
    x4 = width(I)
    x5 = power(rot180, THREE)
    x6 = x5(x1)
    O = identity(x6)
    return O


def gsh_0188(I):
    x1 = fork(hconcat, identity, vmirror)
    x2 = x1(I)
    x3 = rot270(x2)
    x4 = vmirror(x2)
    x5 = downscale(x4, TWO)
    x6 = portrait(x2)
    x7 = branch(x6, x2, I)
    x8 = cmirror(x5)
    O = identity(x8)
    return O


def gsh_0189(I):
    x1 = righthalf(I)
    x2 = vconcat(x1, x1)
    x3 = compose(hmirror, lefthalf)
    x4 = x3(I)
    x5 = rot180(x4)
    x6 = crop(x5, UNITY, TWO_BY_TWO)
    x7 = dmirror(I)
    x8 = power(dmirror, TWO)
    x9 = x8(I)
    O = identity(x9)
    return O


def gsh_0190(I):
    x1 = hconcat(I, I)
    x2 = crop(x1, TWO_BY_TWO, RIGHT)
    O = identity(x2)
    return O


def gsh_0191(I):
    x1 = hupscale(I, ONE)
    x2 = vmirror(x1)
    x3 = switch(x2, FOUR, EIGHT)
    x4 = vupscale(x3, ONE)
    x5 = colorcount(x4, ONE)
    O = identity(x1)
    return O


def gsh_0192(I):
    x1 = switch(I, FIVE, FOUR)
    x2 = vconcat(I, I)
    x3 = height(x1)
    x4 = shape(x2)
    x5 = canvas(TWO, x4)
    x6 = replace(x5, FIVE, SIX)
    x7 = lefthalf(x6)
    x8 = crop(x7, UNITY, ZERO_BY_TWO)
    O = identity(x8)
    return O


def gsh_0193(I):
    x1 = compose(righthalf, lefthalf)
    x2 = x1(I)
    x3 = hconcat(x2, x2)
    O = identity(x3)
    return O


def gsh_0194(I):
    x1 = righthalf(I)
    x2 = hmirror(x1)
    x3 = colorcount(x1, FOUR)
    x4 = tophalf(x2)
    x5 = double(x3)
    x6 = switch(x2, EIGHT, FIVE)
    O = identity(x6)
    return O


def gsh_0195(I):
    x1 = downscale(I, TWO)
    x2 = vupscale(x1, THREE)
    x3 = leastcolor(x2)
    x4 = vmirror(I)
    O = identity(x4)
    return O


def gsh_0196(I):
    x1 = compose(rot90, rot180)
    x2 = x1(I)
    x3 = chain(cmirror, lefthalf, rot90)
    x4 = x3(x2)
    x5 = vmirror(x4)
    x6 = colorcount(x5, FOUR)
    O = identity(x5)
    return O


def gsh_0197(I):
    x1 = height(I)
    x2 = decrement(x1)
    x3 = square(I)
    x4 = branch(x3, I, I)
    O = identity(x4)
    return O


def gsh_0198(I):
    x1 = shape(I)
    x2 = canvas(NINE, x1)
    x3 = replace(x2, SEVEN, EIGHT)
    x4 = shape(x3)
    x5 = canvas(SEVEN, x4)
    x6 = power(rot90, THREE)
    x7 = x6(x5)
    x8 = righthalf(x7)
    x9 = upscale(I, TWO)
    O = identity(x8)
    return O


def gsh_0199(I):
    x1 = shape(I)
    x2 = canvas(TWO, x1)
    x3 = vmirror(x2)
    x4 = compose(bottomhalf, rot90)
    x5 = x4(x3)
    x6 = colorcount(x5, SEVEN)
    x7 = tophalf(x5)
    x8 = hupscale(x7, THREE)
    x9 = downscale(x5, TWO)
    x10 = switch(x9, FIVE, ONE)
    x11 = bottomhalf(x10)
    O = identity(x11)
    return O
