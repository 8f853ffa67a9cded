from dsl import *


def gsh_0120(I):
    x1 = size(I)
    x2 = crop(I, TWO_BY_TWO, ORIGIN)
    x3 = height(I)
    O = identity(x2)
    return O


def gsh_0121(I):
    x1 = tophalf(I)
    x2 = shape(x1)
    x3 = canvas(ONE, x2)
    x4 = cmirror(x3)
    O = identity(x4)
    return O


def gsh_0122(I):
    x1 = colorcount(I, ONE)
    x2 = multiply(x1, SIX)
    x3 = rbind(upscale, ONE)
    x4 = x3(I)
    O = identity(x4)
    return O


def gsh_0123(I):
    x1 = compose(dmirror, tophalf)
    x2 = x1(I)
    x3 = vupscale(x2, TWO)
    x4 = shape(x3)
    x5 = canvas(TWO, x4)
    x6 = lefthalf(x5)
    x7 = rot90(x2)
    x8 = dmirror(x7)
    x9 = trim(x6)
    x10 = hmirror(x9)
    O = identity(x5)
    return O


def gsh_0124(I):
    x1 = square(I)
    x2 = branch(x1, I, I)
    x3 = crop(x2, UNITY, UNITY)
    x4 = switch(x2, TWO, FOUR)
    x5 = dmirror(I)
    x6 = colorcount(x5, FOUR)
    x7 = vmirror(x2)
    x8 = hupscale(x5, ONE)
    O = identity(x8)
    return O


def gsh_0125(I):
    x1 = switch(I, ZERO, ZERO)
    x2 = portrait(x1)
    x3 = branch(x2, x1, I)
    x4 = rbind(upscale, ONE)
    x5 = x4(x3)
    x6 = lefthalf(I)
    O = identity(x6)
    return O


def gsh_0126(I):
    x1 = switch(I, NINE, NINE)
    x2 = power(rot270, TWO)
    x3 = x2(x1)
    x4 = shape(x3)
    x5 = canvas(FIVE, x4)
    x6 = righthalf(x1)
    x7 = shape(x5)
    x8 = canvas(NINE, x7)
    O = identity(x8)
    return O


def gsh_0127(I):
    x1 = leastcolor(I)
    x2 = trim(I)
    x3 = compose(vmirror, rot180)
    x4 = x3(I)
    x5 = add(x1, TWO)
    x6 = rot270(x4)
    O = identity(x6)
    return O


def gsh_0128(I):
    x1 = downscale(I, ONE)
    x2 = vmirror(x1)
    x3 = shape(x2)
    x4 = canvas(EIGHT, x3)
    x5 = cmirror(x1)
    x6 = righthalf(x4)
    x7 = tophalf(x6)
    x8 = rot90(x6)
    x9 = tophalf(x7)
    O = identity(x9)
    return O


def gsh_0129(I):
    x1 = crop(I, TWO_BY_TWO, RIGHT)
    x2 = rbind(upscale, ONE)
    x3 = x2(x1)
    x4 = leastcolor(x3)
    x5 = bottomhalf(x3)
    x6 = switch(x5, FIVE, SEVEN)
    x7 = compose(vmirror, trim)
    x8 = x7(x5)
    x9 = vupscale(x8, ONE)
    x10 = downscale(x9, THREE)
    x11 = colorcount(x10, FOUR)
    O = identity(x3)
    return O


def gsh_0130(I):
    x1 = rot90(I)
    x2 = bottomhalf(x1)
    x3 = crop(x2, UNITY, DOWN)
    x4 = vmirror(x3)
    O = identity(x4)
    return O


def gsh_0131(I):
    x1 = rbind(vupscale, ONE)
    x2 = x1(I)
    x3 = rbind(vupscale, TWO)
    x4 = x3(I)
    x5 = chain(rot90, lefthalf, trim)
    x6 = x5(x4)
    x7 = switch(I, FOUR, SEVEN)
    O = identity(x7)
    return O


def gsh_0132(I):
    x1 = rbind(hupscale, TWO)
    x2 = x1(I)
    x3 = colorcount(x2, ONE)
    x4 = square(x2)
    x5 = branch(x4, x2, I)
    x6 = hmirror(x2)
    x7 = hmirror(x5)
    x8 = vconcat(x7, x2)
    x9 = vmirror(x8)
    x10 = fork(hconcat, identity, cmirror)
    x11 = x10(I)
    x12 = upscale(x11, ONE)
    O = identity(x12)
    return O


def gsh_0133(I):
    x1 = colorcount(I, EIGHT)
    x2 = righthalf(I)
    x3 = crop(x2, TWO_BY_TWO, ORIGIN)
    x4 = trim(x2)
    x5 = hconcat(x4, x4)
    x6 = bottomhalf(x4)
    O = identity(x3)
    return O


def gsh_0134(I):
    x1 = size(I)
    x2 = rbind(hupscale, TWO)
    x3 = x2(I)
    x4 = divide(x1, TWO)
    x5 = hmirror(I)
    O = identity(x5)
    return O


def gsh_0135(I):
    x1 = shape(I)
    x2 = canvas(ONE, x1)
    x3 = upscale(x2, TWO)
    x4 = portrait(x3)
    x5 = branch(x4, x3, I)
    x6 = hconcat(I, x5)
    x7 = replace(x6, ONE, FIVE)
    x8 = tophalf(x7)
    x9 = upscale(x8, THREE)
    O = identity(x9)
    return O


def gsh_0136(I):
    x1 = shape(I)
    x2 = canvas(NINE, x1)
    x3 = fork(hconcat, identity, vmirror)
    x4 = x3(x2)
    x5 = switch(x4, EIGHT, EIGHT)
    x6 = crop(x5, TWO_BY_TWO, RIGHT)
    x7 = upscale(x6, ONE)
    x8 = chain(tophalf, rot90, trim)
    x9 = x8(x2)
    x10 = rot180(I)
    O = identity(x10)
    return O


def gsh_0137(I):
    x1 = compose(rot90, dmirror)
    x2 = x1(I)
    x3 = rbind(upscale, ONE)
    x4 = x3(I)
    O = identity(x4)
    return O


def gsh_0138(I):
    x1 = rbind(vupscale, TWO)
    x2 = x1(I)
    x3 = rbind(upscale, ONE)
    x4 = x3(x2)
    x5 = height(x4)
    x6 = rbind(hupscale, ONE)
    x7 = x6(x2)
    O = identity(x7)
    return O


def gsh_0139(I):
    x1 = fork(vconcat, identity, vmirror)
    x2 = x1(I)
    x3 = shape(x2)
    x4 = canvas(EIGHT, x3)
    x5 = switch(x4, EIGHT, FOUR)
    x6 = switch(x5, FIVE, SIX)
    O = identity(x4)
    return O
