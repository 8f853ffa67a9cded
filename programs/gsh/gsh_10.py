from dsl import *


def gsh_0200(I):
    x1 = colorcount(I, ZERO)
    x2 = compose(lefthalf, tophalf)
    x3 = x2(I)
    x4 = power(rot270, TWO)
    x5 = x4(x3)
    x6 = dmirror(x3)
    x7 = hupscale(x6, ONE)
    x8 = rot90(I)
    O = identity(x6)
    return O


def gsh_0201(I):
    x1 = trim(I)
    x2 = mostcolor(x1)
    x3 = power(rot180, TWO)
    x4 = x3(x1)
    x5 = tophalf(x4)
    x6 = colorcount(x5, SEVEN)
    O = identity(x5)
    return O


def gsh_0202(I):
    x1 = colorcount(I, NINE)
    x2 = hmirror(I)
    x3 = power(cmirror, THREE)
    x4 = x3(x2)
    x5 = portrait(x4)
    x6 = branch(x5, x4, I)
    O = identity(x6)
    return O


def gsh_0203(I):
    x1 = vupscale(I, THREE)
    x2 = shape(I)
    x3 = canvas(EIGHT, x2)
    x4 = hconcat(x3, x3)
    O = identity(x4)
    return O


def gsh_0204(I):
    x1 = tophalf(I)
    x2 = cmirror(x1)
    x3 = rot90(I)
    O = identity(x3)
    return O


def gsh_0205(I):
    x1 = crop(I, ORIGIN, ZERO_BY_TWO)
    x2 = hmirror(I)
    O = identity(x1)
    return O


def gsh_0206(I):
    x1 = colorcount(I, FOUR)
    x2 = rot180(I)
    x3 = replace(x2, TWO, EIGHT)
    O = identity(x3)
    return O


def gsh_0207(I):
    x1 = fork(vconcat, identity, rot90)
    x2 = x1(I)
    x3 = dmirror(x2)
    x4 = trim(I)
    x5 = downscale(x4, TWO)
    x6 = crop(x5, ORIGIN, RIGHT)
    x7 = mostcolor(I)
    x8 = power(cmirror, THREE)
    x9 = x8(x6)
    O = identity(x9)
    return O


def gsh_0208(I):
    x1 = hmirror(I)
    x2 = power(hmirror, TWO)
    x3 = x2(x1)
    x4 = upscale(x1, THREE)
    x5 = power(cmirror, THREE)
    x6 = x5(I)
    x7 = shape(I)
    x8 = canvas(FIVE, x7)
    x9 = replace(x8, FIVE, SIX)
    x10 = power(dmirror, TWO)
    x11 = x10(x3)
    O = identity(x1)
    return O


def gsh_0209(I):
    x1 = compose(rot90, dmirror)
    x2 = x1(I)
    x3 = portrait(I)
    x4 = branch(x3, I, I)
    x5 = portrait(x4)
    x6 = branch(x5, x4, I)
    x7 = downscale(x6, TWO)
    x8 = upscale(x4, TWO)
    x9 = shape(x8)
    x10 = canvas(TWO, x9)
    x11 = shape(x10)
    x12 = canvas(EIGHT, x11)
    x13 = chain(rot180, rot90, rot270)
    x14 = x13(x12)
    O = identity(x8)
    return O


def gsh_0210(I):
    x1 = bottomhalf(I)
    x2 = rot90(I)
    x3 = replace(x2, THREE, THREE)
    x4 = fork(vconcat, identity, dmirror)
    x5 = x4(x1)
    x6 = dmirror(I)
    O = identity(x2)
    return O


def gsh_0211(I):
    x1 = replace(I, SEVEN, SEVEN)
    x2 = chain(rot90, dmirror, righthalf)
    x3 = x2(x1)
    x4 = rot90(x3)
    x5 = power(dmirror, TWO)
    x6 = x5(x4)
    x7 = cmirror(I)
    O = identity(x7)
    return O


def gsh_0212(I):
    x1 = compose(vmirror, bottomhalf)
    x2 = x1(I)
    x3 = replace(I, TWO, NINE)
    x4 = hmirror(x2)
    x5 = trim(x4)
    O = identity(x5)
    return O


def gsh_0213(I):
    x1 = vupscale(I, THREE)
    x2 = shape(I)
    x3 = canvas(SEVEN, x2)
    x4 = vconcat(x3, x3)
    x5 = square(x4)
    x6 = branch(x5, x4, I)
    x7 = replace(x6, EIGHT, THREE)
    x8 = chain(righthalf, rot270, vmirror)
    x9 = x8(x1)
    x10 = crop(x4, TWO_BY_TWO, ORIGIN)
    x11 = chain(hmirror, rot180, bottomhalf)
    x12 = x11(x10)
    x13 = fork(vconcat, identity, tophalf)
    x14 = x13(x3)
    O = identity(x14)
    return O


def gsh_0214(I):
    x1 = dmirror(I)
    x2 = rbind(vupscale, TWO)
    x3 = x2(x1)
    x4 = hmirror(x1)
    O = identity(x4)
    return O


def gsh_0215(I):
    x1 = downscale(I, ONE)
    x2 = fork(vconcat, identity, rot180)
    x3 = x2(x1)
    O = identity(x3)
    return O


def gsh_0216(I):
    x1 = rot180(I)
    x2 = righthalf(x1)
    x3 = shape(x2)
    x4 = canvas(FIVE, x3)
    x5 = hmirror(x1)
    x6 = colorcount(x5, TWO)
    x7 = vconcat(I, x2)
    O = identity(x7)
    return O


def gsh_0217(I):
    x1 = colorcount(I, FOUR)
    x2 = righthalf(I)
    x3 = cmirror(x2)
    x4 = vmirror(x3)
    O = identity(x4)
    return O


def gsh_0218(I):
    x1 = dmirror(I)
    x2 = colorcount(x1, FIVE)
    x3 = colorcount(x1, ONE)
    x4 = chain(lefthalf, vmirror, bottomhalf)
    x5 = x4(x1)
    x6 = switch(x5, ONE, FIVE)
    x7 = decrement(x3)
    x8 = crop(x5, ORIGIN, DOWN)
    x9 = vconcat(x8, x8)
    x10 = subtract(x2, EIGHT)
    O = identity(x9)
    return O


def gsh_0219(I):
    x1 = trim(I)
    x2 = shape(I)
    x3 = canvas(NINE, x2)
    O = identity(x3)
    return O
