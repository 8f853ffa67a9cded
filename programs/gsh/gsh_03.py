from dsl import *


def gsh_0060(I):
    x1 = cmirror(I)
    x2 = tophalf(x1)
    x3 = rot270(x2)
    x4 = colorcount(I, THREE)
    x5 = compose(righthalf, bottomhalf)
    x6 = x5(x3)
    x7 = hupscale(x6, TWO)
    x8 = crop(x7, UNITY, TWO_BY_TWO)
    x9 = vupscale(x8, ONE)
    x10 = rot90(x9)
    O = identity(x10)
    return O


def gsh_0061(I):
    x1 = vconcat(I, I)
    x2 = crop(x1, ORIGIN, UNITY)
    x3 = trim(x2)
    x4 = upscale(x2, THREE)
    x5 = vmirror(x3)
    x6 = rbind(upscale, TWO)
    x7 = x6(x5)
    x8 = crop(x7, UNITY, RIGHT)
    x9 = shape(x8)
    x10 = canvas(SIX, x9)
    O = identity(x10)
    return O


def gsh_0062(I):
    x1 = hconcat(I, I)
    x2 = lefthalf(x1)
    x3 = shape(x2)
    x4 = canvas(ONE, x3)
    x5 = shape(x1)
    x6 = canvas(NINE, x5)
    x7 = colorcount(I, FOUR)
    x8 = invert(x7)
    x9 = righthalf(x6)
    x10 = vconcat(x9, x9)
    x11 = sign(x8)
    O = identity(x10)
    return O


def gsh_0063(I):
    x1 = portrait(I)
    x2 = branch(x1, I, I)
    x3 = tophalf(I)
    x4 = switch(x2, FOUR, ZERO)
    O = identity(x4)
    return O


def gsh_0064(I):
    x1 = rot90(I)
    x2 = fork(vconcat, identity, dmirror)
    x3 = x2(I)
    x4 = trim(I)
    x5 = colorcount(x4, EIGHT)
    x6 = vconcat(x4, x4)
    x7 = crop(x6, TWO_BY_TWO, ZERO_BY_TWO)
    x8 = fork(hconcat, identity, trim)
    x9 = x8(x7)
    x10 = replace(x6, FOUR, SEVEN)
    O = identity(x10)
    return O


def gsh_0065(I):
    x1 = rot180(I)
    x2 = bottomhalf(I)
    x3 = crop(x2, UNITY, DOWN)
    O = identity(x3)
    return O


def gsh_0066(I):
    x1 = fork(vconcat, identity, rot180)
    x2 = x1(I)
    x3 = shape(x2)
    x4 = canvas(SEVEN, x3)
    x5 = compose(hmirror, rot90)
    x6 = x5(x4)
    O = identity(x6)
    return O


def gsh_0067(I):
    x1 = cmirror(I)
    x2 = cmirror(x1)
    x3 = compose(vmirror, hmirror)
    x4 = x3(x2)
    x5 = shape(x4)
    x6 = canvas(FIVE, x5)
    x7 = cmirror(I)
    x8 = upscale(x1, THREE)
    x9 = fork(vconcat, identity, cmirror)
    x10 = x9(x8)
    O = identity(x6)
    return O


def gsh_0068(I):
    x1 = vconcat(I, I)
    x2 = fork(vconcat, identity, hmirror)
    x3 = x2(x1)
    x4 = cmirror(x3)
    O = identity(x4)
    return O


def gsh_0069(I):
    x1 = chain(lefthalf, cmirror, tophalf)
    x2 = x1(I)
    x3 = hupscale(x2, ONE)
    x4 = hconcat(x3, x2)
    x5 = chain(rot90, cmirror, rot180)
    x6 = x5(x4)
    x7 = rot180(x2)
    x8 = hmirror(I)
    x9 = power(vmirror, TWO)
    x10 = x9(x8)
    x11 = rot180(x4)
    x12 = shape(x11)
    x13 = canvas(ZERO, x12)
    O = identity(x13)
    return O


def gsh_0070(I):
    x1 = hmirror(I)
    x2 = trim(x1)
    x3 = square(x2)
    x4 = branch(x3, x2, I)
    x5 = chain(vmirror, rot90, bottomhalf)
    x6 = x5(x4)
    x7 = upscale(x6, THREE)
    x8 = replace(x7, FOUR, ONE)
    x9 = shape(x8)
    x10 = canvas(TWO, x9)
    x11 = colorcount(x8, THREE)
    O = identity(x10)
    return O


def gsh_0071(I):
    x1 = rot180(I)
    x2 = crop(x1, ORIGIN, DOWN)
    x3 = rbind(vupscale, TWO)
    x4 = x3(x2)
    x5 = rot180(x4)
    x6 = crop(x5, ORIGIN, THREE_BY_THREE)
    x7 = cmirror(x6)
    x8 = tophalf(I)
    O = identity(x8)
    return O


def gsh_0072(I):
    x1 = trim(I)
    x2 = vconcat(x1, x1)
    x3 = hconcat(I, x2)
    x4 = fork(hconcat, identity, rot270)
    x5 = x4(I)
    x6 = vupscale(x5, TWO)
    x7 = switch(x6, THREE, TWO)
    x8 = switch(x7, EIGHT, THREE)
    x9 = shape(x8)
    x10 = canvas(EIGHT, x9)
    x11 = shape(x10)
    x12 = canvas(SIX, x11)
    O = identity(x12)
    return O


def gsh_0073(I):
    x1 = rbind(hupscale, TWO)
    x2 = x1(I)
    x3 = bottomhalf(x2)
    x4 = compose(hmirror, rot90)
    x5 = x4(x3)
    x6 = trim(x5)
    x7 = compose(tophalf, cmirror)
    x8 = x7(I)
    x9 = fork(vconcat, identity, trim)
    x10 = x9(x3)
    x11 = shape(x10)
    x12 = canvas(EIGHT, x11)
    x13 = compose(trim, lefthalf)
    x14 = x13(x10)
    x15 = vupscale(x2, ONE)
    O = identity(x3)
    return O


def gsh_0074(I):
    x1 = power(rot270, TWO)
    x2 = x1(I)
    x3 = cmirror(x2)
    x4 = numcolors(x2)
    x5 = lefthalf(x3)
    x6 = vmirror(x5)
    x7 = replace(x6, NINE, SEVEN)
    x8 = shape(x7)
    x9 = canvas(NINE, x8)
    x10 = shape(x9)
    x11 = canvas(ZERO, x10)
    O = identity(x5)
    return O


def gsh_0075(I):
    x1 = width(I)
    x2 = vconcat(I, I)
    x3 = cmirror(I)
    O = identity(x3)
    return O


def gsh_0076(I):
    x1 = shape(I)
    x2 = canvas(NINE, x1)
    x3 = rot270(x2)
    x4 = downscale(x3, ONE)
    x5 = power(hmirror, THREE)
    x6 = x5(x4)
    x7 = switch(I, NINE, TWO)
    x8 = shape(I)
    x9 = canvas(SIX, x8)
    x10 = cmirror(x3)
    x11 = bottomhalf(x10)
    O = identity(x4)
    return O


def gsh_0077(I):
    x1 = vupscale(I, TWO)
    x2 = square(x1)
    x3 = branch(x2, x1, I)
    O = identity(x3)
    return O


def gsh_0078(I):
    x1 = height(I)
    x2 = rot180(I)
    x3 = compose(trim, rot90)
    x4 = x3(x2)
    O = identity(x4)
    return O


def gsh_0079(I):
    x1 = vupscale(I, ONE)
    x2 = shape(x1)
    x3 = canvas(THREE, x2)
    x4 = width(x1)
    x5 = tophalf(x1)
    x6 = compose(dmirror, rot270)
    x7 = x6(x5)
    O = identity(x7)
    return O
