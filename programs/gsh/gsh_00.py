from dsl import *


def gsh_0000(I):
    x1 = shape(I)
    x2 = canvas(FOUR, x1)
    x3 = power(cmirror, THREE)
    x4 = x3(x2)
    x5 = power(rot180, TWO)
    x6 = x5(x4)
    x7 = tophalf(x4)
    x8 = chain(vmirror, rot180, lefthalf)
    x9 = x8(x2)
    x10 = rbind(upscale, ONE)
    x11 = x10(x6)
    x12 = vupscale(x11, THREE)
    x13 = hconcat(x7, I)
    O = identity(x13)
    return O


def gsh_0001(I):
    x1 = shape(I)
    x2 = canvas(NINE, x1)
    x3 = vconcat(I, I)
    x4 = hmirror(x3)
    x5 = square(x4)
    x6 = branch(x5, x4, I)
    x7 = trim(x6)
    x8 = righthalf(x7)
    x9 = tophalf(x8)
    x10 = trim(x6)
    O = identity(x10)
    return O


def gsh_0002(I):
    x1 = vupscale(I, ONE)
    x2 = compose(lefthalf, vmirror)
    x3 = x2(x1)
    x4 = hconcat(x3, I)
    x5 = compose(righthalf, tophalf)
    x6 = x5(x4)
    x7 = lefthalf(x1)
    x8 = mostcolor(x6)
    x9 = switch(x7, ONE, FIVE)
    x10 = size(x9)
    O = identity(x9)
    return O


def gsh_0003(I):
    x1 = righthalf(I)
    x2 = cmirror(x1)
    x3 = portrait(x2)
    x4 = branch(x3, x2, I)
    x5 = compose(bottomhalf, lefthalf)
    x6 = x5(x4)
    x7 = fork(hconcat, identity, rot90)
    x8 = x7(x6)
    O = identity(x8)
    return O


def gsh_0004(I):
    x1 = leastcolor(I)
    x2 = rot90(I)
    x3 = width(x2)
    x4 = add(x1, NINE)
    x5 = hmirror(x2)
    O = identity(x5)
    return O


def gsh_0005(I):
    x1 = downscale(I, ONE)
    x2 = width(x1)
    x3 = bottomhalf(x1)
    x4 = lefthalf(I)
    x5 = tophalf(x4)
    x6 = trim(x5)
    x7 = trim(I)
    O = identity(x7)
    return O


def gsh_0006(I):
    x1 = rbind(upscale, TWO)
    x2 = x1(I)
    x3 = replace(I, SEVEN, ONE)
    x4 = upscale(x3, ONE)
    x5 = bottomhalf(x3)
    x6 = lefthalf(x5)
    x7 = compose(vmirror, cmirror)
    x8 = x7(x6)
    x9 = shape(I)
    x10 = canvas(ZERO, x9)
    x11 = width(x3)
    O = identity(x10)
    return O


def gsh_0007(I):
    x1 = hupscale(I, TWO)
    x2 = compose(lefthalf, rot90)
    x3 = x2(x1)
    x4 = righthalf(x3)
    x5 = trim(x4)
    x6 = rbind(hupscale, TWO)
    x7 = x6(I)
    x8 = downscale(I, ONE)
    x9 = crop(I, TWO_BY_TWO, UNITY)
    x10 = chain(lefthalf, cmirror, dmirror)
    x11 = x10(x9)
    x12 = rot90(x11)
    O = identity(x11)
    return O


def gsh_0008(I):
    x1 = vmirror(I)
    x2 = trim(I)
    x3 = compose(rot180, rot90)
    x4 = x3(x2)
    O = identity(x4)
    return O


def gsh_0009(I):
    x1 = square(I)
    x2 = branch(x1, I, I)
    x3 = lefthalf(x2)
    x4 = colorcount(x3, TWO)
    x5 = rot90(x3)
    x6 = dmirror(x5)
    x7 = power(cmirror, THREE)
    x8 = x7(I)
    x9 = divide(x4, THREE)
    x10 = vupscale(x8, ONE)
    x11 = dmirror(x10)
    O = identity(x8)
    return O


def gsh_0010(I):
    x1 = bottomhalf(I)
    x2 = tophalf(x1)
    O = identity(x2)
    return O


def gsh_0011(I):
    x1 = hconcat(I, I)
    x2 = compose(cmirror, dmirror)
    x3 = x2(x1)
    x4 = tophalf(x3)
    O = identity(x4)
    return O


def gsh_0012(I):
    x1 = compose(rot180, trim)
    x2 = x1(I)
    x3 = rot90(x2)
    x4 = vupscale(I, THREE)
    x5 = crop(I, ORIGIN, ZERO_BY_TWO)
    x6 = cmirror(I)
    x7 = tophalf(x6)
    x8 = bottomhalf(x7)
    O = identity(x4)
    return O


def gsh_0013(I):
    x1 = vmirror(I)
    x2 = width(x1)
    x3 = hupscale(x1, THREE)
    x4 = switch(I, SIX, FOUR)
    x5 = hmirror(x4)
    x6 = colorcount(x5, SEVEN)
    x7 = vupscale(x5, ONE)
    x8 = chain(bottomhalf, cmirror, lefthalf)
    x9 = x8(x1)
    O = identity(x4)
    return O


def gsh_0014(I):
    x1 = compose(tophalf, bottomhalf)
    x2 = x1(I)
    x3 = fork(vconcat, identity, dmirror)
    x4 = x3(x2)
    x5 = vmirror(x4)
    x6 = leastcolor(x5)
    x7 = height(x5)
    x8 = portrait(x5)
    x9 = branch(x8, x5, I)
    x10 = vmirror(x9)
    O = identity(x10)
    return O


def gsh_0015(I):
    x1 = vupscale(I, THREE)
    x2 = vconcat(x1, I)
    x3 = numcolors(x2)
    x4 = chain(vmirror, tophalf, bottomhalf)
    x5 = x4(I)
    x6 = replace(x5, ZERO, ZERO)
    x7 = shape(x6)
    x8 = canvas(NINE, x7)
    x9 = vmirror(x8)
    x10 = power(hmirror, THREE)
    x11 = x10(x9)
    x12 = portrait(x11)
    x13 = branch(x12, x11, I)
    O = identity(x13)
    return O


def gsh_0016(I):
    x1 = cmirror(I)
    x2 = lefthalf(I)
    x3 = shape(x1)
    x4 = canvas(SIX, x3)
    x5 = trim(x4)
    x6 = rot270(x5)
    x7 = rot270(x6)
    x8 = colorcount(x7, EIGHT)
    O = identity(x1)
    return O


def gsh_0017(I):
    x1 = portrait(I)
    x2 = branch(x1, I, I)
    x3 = size(x2)
    x4 = fork(hconcat, identity, cmirror)
    x5 = x4(x2)
    x6 = portrait(x5)
    x7 = branch(x6, x5, I)
    x8 = hconcat(x2, x7)
    x9 = upscale(x8, THREE)
    x10 = rot90(x9)
    x11 = hconcat(x8, x10)
    O = identity(x10)
    return O


def gsh_0018(I):
    x1 = power(vmirror, THREE)
    x2 = x1(I)
    x3 = fork(hconcat, identity, rot180)
    x4 = x3(x2)
    x5 = replace(x4, SEVEN, SIX)
    x6 = shape(x5)
    x7 = canvas(FIVE, x6)
    x8 = shape(x7)
    x9 = canvas(ONE, x8)
    x10 = dmirror(x4)
    O = identity(x10)
    return O


def gsh_0019(I):
    x1 = portrait(I)
    x2 = branch(x1, I, I)
    x3 = lefthalf(x2)
    x4 = shape(x3)
    x5 = canvas(ZERO, x4)
    x6 = rot270(x2)
    x7 = dmirror(x6)
    O = identity(x3)
    return O
