from dsl import *


def gsh_0220(I):
    x1 = righthalf(I)
    x2 = crop(x1, ORIGIN, UNITY)
    x3 = fork(vconcat, identity, righthalf)
    x4 = x3(x2)
    x5 = vmirror(x4)
    x6 = square(x5)
    x7 = branch(x6, x5, I)
    x8 = hmirror(x1)
    x9 = compose(cmirror, rot270)
    x10 = x9(x8)
    x11 = hconcat(x10, x1)
    O = identity(x5)
    return O


def gsh_0221(I):
    x1 = trim(I)
    x2 = vmirror(x1)
    x3 = tophalf(x2)
    x4 = fork(vconcat, identity, cmirror)
    x5 = x4(x3)
    x6 = vupscale(x5, THREE)
    O = identity(x6)
    return O


def gsh_0222(I):
    x1 = crop(I, TWO_BY_TWO, UNITY)
    x2 = portrait(x1)
    x3 = branch(x2, x1, I)
    x4 = hmirror(x3)
    x5 = colorcount(x4, EIGHT)
    x6 = downscale(I, ONE)
    x7 = shape(x6)
    x8 = canvas(SIX, x7)
    x9 = tophalf(x6)
    x10 = crop(x9, ORIGIN, ZERO_BY_TWO)
    O = identity(x9)
    return O


def gsh_0223(I):
    x1 = colorcount(I, TWO)
    x2 = colorcount(I, EIGHT)
    x3 = crop(I, ORIGIN, ZERO_BY_TWO)
    x4 = rbind(vupscale, TWO)
    x5 = x4(x3)
    x6 = rot180(x5)
    x7 = power(cmirror, THREE)
    x8 = x7(x6)
    O = identity(x5)
    return O


def gsh_0224(I):
    x1 = hmirror(I)
    x2 = fork(vconcat, identity, rot90)
    x3 = x2(I)
    x4 = dmirror(x3)
    x5 = replace(x4, SIX, SEVEN)
    O = identity(x5)
    return O


def gsh_0225(I):
    x1 = power(rot270, TWO)
    x2 = x1(I)
    x3 = upscale(x2, ONE)
    x4 = numcolors(x3)
    O = identity(x2)
    return O


def gsh_0226(I):
    x1 = downscale(I, TWO)
    x2 = colorcount(I, FIVE)
    x3 = fork(vconcat, identity, hmirror)
    x4 = x3(x1)
    x5 = switch(x4, SIX, SIX)
    O = identity(x5)
    return O


def gsh_0227(I):
    x1 = vconcat(I, I)
    x2 = lefthalf(x1)
    x3 = shape(x1)
    x4 = canvas(THREE, x3)
    x5 = crop(x4, UNITY, UNITY)
    O = identity(x5)
    return O


def gsh_0228(I):
    x1 = vconcat(I, I)
    x2 = rot180(x1)
    x3 = power(vmirror, TWO)
    x4 = x3(I)
    x5 = trim(x2)
    x6 = mostcolor(x1)
    x7 = chain(bottomhalf, righthalf, lefthalf)
    x8 = x7(x5)
    x9 = rot270(x8)
    O = identity(x8)
    return O


def gsh_0229(I):
    x1 = hmirror(I)
    x2 = trim(x1)
    x3 = hupscale(x2, TWO)
    x4 = rot90(x3)
    x5 = rot180(x2)
    x6 = shape(x5)
    x7 = canvas(SEVEN, x6)
    x8 = upscale(x1, THREE)
    x9 = shape(x8)
    x10 = canvas(SIX, x9)
    x11 = hupscale(I, THREE)
    O = identity(x8)
    return O


def gsh_0230(I):
    x1 = shape(I)
    x2 = canvas(ZERO, x1)
    x3 = hmirror(x2)
    x4 = compose(righthalf, tophalf)
    x5 = x4(x2)
    x6 = cmirror(x5)
    x7 = vupscale(x6, TWO)
    O = identity(x7)
    return O


def gsh_0231(I):
    x1 = dmirror(I)
    x2 = leastcolor(x1)
    x3 = rot270(x1)
    O = identity(x3)
    return O


def gsh_0232(I):
    x1 = tophalf(I)
    x2 = crop(x1, TWO_BY_TWO, UNITY)
    x3 = cmirror(x2)
    x4 = rbind(hupscale, ONE)
    x5 = x4(x1)
    x6 = fork(vconcat, identity, rot90)
    x7 = x6(x2)
    x8 = compose(trim, vmirror)
    x9 = x8(x5)
    x10 = shape(x9)
    x11 = canvas(THREE, x10)
    x12 = portrait(x11)
    x13 = branch(x12, x11, I)
    x14 = bottomhalf(x13)
    O = identity(x14)
    return O


def gsh_0233(I):
    x1 = switch(I, NINE, NINE)
    x2 = rot270(x1)
    x3 = shape(x2)
    x4 = canvas(EIGHT, x3)
    x5 = crop(x1, UNITY, UNITY)
    x6 = leastcolor(I)
    x7 = chain(rot90, tophalf, dmirror)
    x8 = x7(x4)
    x9 = dmirror(I)
    O = identity(x9)
    return O


def gsh_0234(I):
    x1 = shape(I)
    x2 = canvas(NINE, x1)
    x3 = shape(x2)
    x4 = canvas(NINE, x3)
    x5 = crop(x4, ORIGIN, THREE_BY_THREE)
    x6 = vmirror(x5)
    x7 = size(I)
    x8 = height(x6)
    x9 = trim(x6)
    x10 = rbind(hupscale, ONE)
    x11 = x10(x2)
    x12 = chain(rot180, righthalf, lefthalf)
    x13 = x12(x11)
    x14 = lefthalf(I)
    O = identity(x14)
    return O


def gsh_0235(I):
    x1 = hupscale(I, THREE)
    x2 = compose(righthalf, cmirror)
    x3 = x2(x1)
    x4 = dmirror(I)
    x5 = downscale(x4, ONE)
    x6 = replace(x3, FOUR, TWO)
    x7 = leastcolor(x6)
    x8 = portrait(x6)
    x9 = branch(x8, x6, I)
    O = identity(x9)
    return O


def gsh_0236(I):
    x1 = shape(I)
    x2 = canvas(THREE, x1)
    x3 = compose(vmirror, lefthalf)
    x4 = x3(x2)
    x5 = switch(I, THREE, FOUR)
    x6 = bottomhalf(x4)
    O = identity(x6)
    return O


def gsh_0237(I):
    x1 = upscale(I, TWO)
    x2 = hconcat(x1, I)
    x3 = shape(I)
    x4 = canvas(FOUR, x3)
    x5 = compose(lefthalf, trim)
    x6 = x5(x4)
    x7 = shape(x4)
    x8 = canvas(THREE, x7)
    x9 = shape(x8)
    x10 = canvas(FIVE, x9)
    O = identity(x10)
    return O


def gsh_0238(I):
    x1 = numcolors(I)
    x2 = shape(I)
    x3 = canvas(ZERO, x2)
    x4 = fork(vconcat, identity, lefthalf)
    x5 = x4(I)
    x6 = power(rot90, THREE)
    x7 = x6(x5)
    x8 = rot90(x7)
    O = identity(x8)
    return O


def gsh_0239(I):
    x1 = vupscale(I, THREE)
    x2 = hmirror(x1)
    x3 = power(rot90, THREE)
    x4 = x3(x2)
    x5 = cmirror(x4)
    x6 = downscale(x5, ONE)
    x7 = switch(x6, SEVEN, SEVEN)
    x8 = vmirror(x2)
    x9 = height(x5)
    x10 = power(rot270, TWO)
    x11 = x10(x8)
    O = identity(x11)
    return O
