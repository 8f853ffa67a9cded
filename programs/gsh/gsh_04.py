from dsl import *


def gsh_0080(I):
    x1 = righthalf(I)
    x2 = portrait(x1)
    x3 = branch(x2, x1, I)
    O = identity(x1)
    return O


def gsh_0081(I):
    x1 = hmirror(I)
    x2 = vconcat(x1, x1)
    x3 = hconcat(I, x2)
    O = identity(x3)
    return O


def gsh_0082(I):
    x1 = cmirror(I)
    x2 = shape(x1)
    x3 = canvas(ZERO, x2)
    x4 = compose(rot180, lefthalf)
    x5 = x4(x1)
    x6 = hupscale(x3, THREE)
    x7 = rot270(x6)
    x8 = cmirror(x7)
    x9 = switch(x8, FIVE, EIGHT)
    O = identity(x9)
    return O


def gsh_0083(I):
    x1 = shape(I)
    x2 = canvas(TWO, x1)
    x3 = crop(x2, UNITY, THREE_BY_THREE)
    x4 = rot180(x3)
    x5 = compose(rot90, dmirror)
    x6 = x5(x4)
    x7 = crop(x6, ORIGIN, THREE_BY_THREE)
    x8 = trim(x7)
    x9 = shape(x2)
    x10 = canvas(EIGHT, x9)
    x11 = vupscale(x10, TWO)
    x12 = square(x11)
    x13 = branch(x12, x11, I)
    O = identity(x13)
    return O


def gsh_0084(I):
    x1 = righthalf(I)
    x2 = power(vmirror, TWO)
    x3 = x2(x1)
    x4 = rbind(hupscale, ONE)
    x5 = x4(x3)
    x6 = crop(I, TWO_BY_TWO, THREE_BY_THREE)
    O = identity(x1)
    return O


def gsh_0085(I):
    x1 = switch(I, THREE, SIX)
    x2 = crop(x1, ORIGIN, ZERO_BY_TWO)
    O = identity(x2)
    return O


def gsh_0086(I):
    x1 = rbind(upscale, ONE)
    x2 = x1(I)
    x3 = shape(x2)
    x4 = canvas(FOUR, x3)
    O = identity(x2)
    return O


def gsh_0087(I):
    x1 = rot270(I)
    x2 = height(I)
    x3 = vconcat(x1, x1)
    x4 = subtract(x2, FOUR)
    x5 = lefthalf(x3)
    x6 = upscale(x3, ONE)
    x7 = bottomhalf(x1)
    x8 = switch(x7, TWO, SEVEN)
    O = identity(x8)
    return O


def gsh_0088(I):
    x1 = downscale(I, THREE)
    x2 = replace(x1, THREE, SIX)
    x3 = tophalf(x2)
    x4 = tophalf(x3)
    x5 = shape(x4)
    x6 = canvas(SEVEN, x5)
    x7 = fork(vconcat, identity, trim)
    x8 = x7(x6)
    x9 = rbind(upscale, ONE)
    x10 = x9(x8)
    O = identity(x10)
    return O


def gsh_0089(I):
    x1 = vmirror(I)
    x2 = chain(rot270, bottomhalf, righthalf)
    x3 = x2(I)
    x4 = rbind(vupscale, ONE)
    x5 = x4(x3)
    x6 = rot90(I)
    O = identity(x6)
    return O


def gsh_0090(I):
    x1 = compose(hmirror, cmirror)
    x2 = x1(I)
    x3 = compose(rot180, bottomhalf)
    x4 = x3(x2)
    x5 = replace(x4, TWO, ZERO)
    x6 = size(x5)
    O = identity(x5)
    return O


def gsh_0091(I):
    x1 = rot270(I)
    x2 = vconcat(x1, x1)
    x3 = power(rot90, THREE)
    x4 = x3(I)
    x5 = rbind(upscale, ONE)
    x6 = x5(x4)
    x7 = vconcat(x6, x6)
    x8 = rot270(x7)
    x9 = upscale(x7, TWO)
    x10 = chain(vmirror, lefthalf, rot180)
    x11 = x10(x7)
    O = identity(x11)
    return O


def gsh_0092(I):
    x1 = rbind(upscale, TWO)
    x2 = x1(I)
    x3 = width(x2)
    x4 = width(x2)
    x5 = decrement(x3)
    O = identity(x2)
    return O


def gsh_0093(I):
    x1 = shape(I)
    x2 = canvas(SIX, x1)
    x3 = tophalf(x2)
    x4 = compose(rot90, bottomhalf)
    x5 = x4(I)
    x6 = rot180(x2)
    x7 = replace(x5, FIVE, TWO)
    x8 = bottomhalf(x7)
    O = identity(x2)
    return O


def gsh_0094(I):
    x1 = rot90(I)
    x2 = numcolors(x1)
    O = identity(x1)
    return O


def gsh_0095(I):
    x1 = switch(I, EIGHT, TWO)
    x2 = crop(I, TWO_BY_TWO, UNITY)
    x3 = compose(vmirror, righthalf)
    x4 = x3(x2)
    x5 = rot90(x4)
    x6 = compose(rot180, rot90)
    x7 = x6(x5)
    x8 = colorcount(x7, TWO)
    x9 = compose(rot180, dmirror)
    x10 = x9(x7)
    x11 = rot270(x10)
    O = identity(x11)
    return O


def gsh_0096(I):
    x1 = trim(I)
    x2 = hupscale(x1, ONE)
    x3 = downscale(x2, THREE)
    O = identity(x3)
    return O


def gsh_0097(I):
    x1 = vconcat(I, I)
    x2 = rot270(x1)
    x3 = lefthalf(I)
    x4 = vmirror(x3)
    x5 = downscale(x3, THREE)
    x6 = square(x4)
    x7 = branch(x6, x4, I)
    x8 = hconcat(x7, x7)
    x9 = chain(tophalf, rot90, hmirror)
    x10 = x9(x8)
    O = identity(x10)
    return O


def gsh_0098(I):
    x1 = bottomhalf(I)
    x2 = tophalf(x1)
    x3 = dmirror(x2)
    x4 = dmirror(x3)
    x5 = cmirror(x4)
    x6 = lefthalf(x1)
    x7 = colorcount(x2, TWO)
    x8 = fork(hconcat, identity, cmirror)
    x9 = x8(x3)
    x10 = double(x7)
    O = identity(x2)
    return O


def gsh_0099(I):
    x1 = downscale(I, THREE)
    x2 = shape(I)
    x3 = canvas(EIGHT, x2)
    x4 = switch(x3, FOUR, THREE)
    x5 = trim(x3)
    x6 = lefthalf(x5)
    x7 = vmirror(x6)
    x8 = crop(x7, TWO_BY_TWO, DOWN)
    x9 = hmirror(x8)
    x10 = shape(x4)
    x11 = canvas(ONE, x10)
    O = identity(x11)
    return O
