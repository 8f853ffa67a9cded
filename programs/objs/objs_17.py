from dsl import *


def objs_0340(I):
    x1 = objects(I, T, T, F)
    x2 = power(hmirror, TWO)
    x3 = apply(x2, x1)
    x4 = fork(either, portrait, square)
    x5 = compose(flip, x4)
    x6 = compose(flip, x5)
    x7 = mfilter(x3, x6)
    O = subgrid(x7, I)
    return O


def objs_0341(I):
    x1 = objects(I, T, F, T)
    x2 = compose(increment, rightmost)
    x3 = argmax(x1, x2)
    x4 = subgrid(x3, I)
    x5 = objects(I, T, F, F)
    x6 = apply(box, x5)
    x7 = sizefilter(x1, FOUR)
    x8 = first(x7)
    x9 = lbind(manhattan, x8)
    x10 = argmin(x6, x9)
    x11 = fill(x4, ZERO, x10)
    O = paint(x11, x8)
    return O


def objs_0342(I):
    x1 = rot180(I)
    x2 = asobject(I)
    x3 = paint(x1, x2)
    x4 = upscale(x3, TWO)
    x5 = paint(x4, x2)
    x6 = fgpartition(I)
    x7 = compose(tojvec, leastcolor)
    x8 = rbind(shoot, UP)
    x9 = compose(x8, x7)
    x10 = objects(I, T, T, T)
    x11 = argmin(x10, height)
    x12 = lbind(manhattan, x11)
    x13 = compose(x12, x9)
    x14 = argmin(x6, x13)
    x15 = asindices(I)
    x16 = urcorner(x15)
    x17 = neighbors(x16)
    x18 = urcorner(x17)
    O = move(x5, x14, x18)
    return O


def objs_0343(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, TWO)
    x3 = merge(x2)
    x4 = initset(x3)
    x5 = argmin(x4, leftmost)
    x6 = cover(I, x5)
    x7 = rbind(subgrid, x6)
    x8 = ofcolor(I, EIGHT)
    x9 = backdrop(x8)
    x10 = x7(x9)
    x11 = objects(I, F, T, T)
    x12 = argmin(x11, numcolors)
    x13 = paint(x10, x12)
    x14 = tophalf(x13)
    O = subgrid(x5, x14)
    return O


def objs_0344(I):
    x1 = objects(I, T, T, T)
    x2 = argmin(x1, rightmost)
    x3 = argmin(x1, height)
    x4 = gravitate(x3, x2)
    x5 = move(I, x3, x4)
    x6 = power(halve, THREE)
    x7 = rbind(multiply, THREE)
    x8 = chain(x7, x6, color)
    x9 = argmax(x1, x8)
    x10 = leastcolor(I)
    x11 = fill(x5, x10, x9)
    x12 = sfilter(x1, square)
    x13 = first(x12)
    O = fill(x11, x10, x13)
    return O


def objs_0345(I):
    x1 = objects(I, F, F, T)
    x2 = first(x1)
    x3 = insert(x2, x1)
    x4 = rbind(colorcount, TWO)
    x5 = argmax(x3, x4)
    x6 = fill(I, ONE, x5)
    x7 = asobject(I)
    x8 = color(x7)
    x9 = rbind(colorcount, x8)
    x10 = rbind(astuple, x8)
    x11 = rbind(shoot, RIGHT)
    x12 = chain(x11, x10, x9)
    x13 = objects(I, F, T, T)
    x14 = mapply(x12, x13)
    x15 = compose(decrement, leastcolor)
    x16 = argmin(x13, x15)
    x17 = vmirror(x16)
    x18 = mostcolor(x17)
    O = fill(x6, x18, x14)
    return O


def objs_0346(I):
    x1 = rbind(shift, NEG_UNITY)
    x2 = asobject(I)
    x3 = color(x2)
    x4 = ofcolor(I, x3)
    x5 = x1(x4)
    x6 = shape(I)
    x7 = canvas(x3, x6)
    x8 = objects(I, T, F, T)
    x9 = argmin(x8, size)
    x10 = paint(x7, x9)
    x11 = paint(x10, x2)
    x12 = subgrid(x5, x11)
    x13 = objects(I, T, F, F)
    x14 = argmin(x13, width)
    O = fill(x12, x3, x14)
    return O


def objs_0347(I):
    x1 = objects(I, T, T, T)
    x2 = rbind(colorcount, TWO)
    x3 = argmin(x1, x2)
    x4 = fgpartition(I)
    x5 = colorfilter(x4, EIGHT)
    x6 = argmax(x5, size)
    x7 = color(x6)
    O = fill(I, x7, x3)
    return O


def objs_0348(I):
    x1 = fgpartition(I)
    x2 = argmin(x1, numcolors)
    x3 = square(x2)
    x4 = hconcat(I, I)
    x5 = ulcorner(x2)
    x6 = crop(x4, x5, x5)
    x7 = branch(x3, x4, x6)
    x8 = tophalf(x7)
    x9 = underpaint(x8, x2)
    x10 = rbind(argmin, height)
    x11 = compose(hmirror, x10)
    x12 = x11(x1)
    x13 = shift(x12, x5)
    O = fill(x9, TWO, x13)
    return O


def objs_0349(I):
    x1 = objects(I, F, F, T)
    x2 = rbind(colorcount, SEVEN)
    x3 = fork(multiply, leftmost, x2)
    x4 = argmax(x1, x3)
    x5 = shift(x4, UNITY)
    x6 = asobject(I)
    x7 = box(x6)
    x8 = shape(x7)
    x9 = canvas(ONE, x8)
    x10 = downscale(x9, TWO)
    x11 = subgrid(x7, x10)
    x12 = rot270(x11)
    O = subgrid(x5, x12)
    return O


def objs_0350(I):
    x1 = objects(I, T, T, T)
    x2 = apply(dmirror, x1)
    x3 = compose(portrait, inbox)
    x4 = leastcolor(I)
    x5 = matcher(leastcolor, x4)
    x6 = fork(either, x3, x5)
    x7 = sfilter(x2, x6)
    x8 = argmin(x7, leftmost)
    O = paint(I, x8)
    return O


def objs_0351(I):
    x1 = asindices(I)
    x2 = subgrid(x1, I)
    x3 = objects(I, F, T, T)
    x4 = rbind(shift, THREE_BY_THREE)
    x5 = compose(normalize, box)
    x6 = power(vmirror, THREE)
    x7 = chain(x6, x5, x4)
    x8 = rbind(shift, UNITY)
    x9 = compose(halve, leftmost)
    x10 = compose(x9, x8)
    x11 = compose(x10, x7)
    x12 = argmax(x3, x11)
    x13 = mostcolor(I)
    O = underfill(x2, x13, x12)
    return O


def objs_0352(I):
    x1 = objects(I, T, T, T)
    x2 = leastcolor(I)
    x3 = colorfilter(x1, x2)
    x4 = objects(I, T, F, F)
    x5 = fork(subtract, width, mostcolor)
    x6 = argmin(x4, x5)
    x7 = insert(x6, x3)
    x8 = chain(x5, hmirror, dmirror)
    x9 = order(x7, x8)
    x10 = first(x9)
    O = paint(I, x10)
    return O


def objs_0353(I):
    x1 = compress(I)
    x2 = objects(I, T, T, T)
    x3 = sfilter(x2, square)
    x4 = compose(increment, leftmost)
    x5 = lbind(add, ONE)
    x6 = compose(x5, x4)
    x7 = fork(subtract, x6, height)
    x8 = argmax(x3, x7)
    O = paint(x1, x8)
    return O


def objs_0354(I):
    x1 = asobject(I)
    x2 = subgrid(x1, I)
    x3 = rbind(subgrid, x2)
    x4 = ofcolor(I, FIVE)
    x5 = toindices(x4)
    x6 = x3(x5)
    x7 = leastcolor(I)
    x8 = ofcolor(x2, x7)
    x9 = toobject(x8, I)
    x10 = move(x6, x9, THREE_BY_THREE)
    x11 = downscale(x10, TWO)
    O = fill(x11, x7, x5)
    return O


def objs_0355(I):
    x1 = rbind(subgrid, I)
    x2 = ofcolor(I, EIGHT)
    x3 = x1(x2)
    x4 = bottomhalf(x3)
    x5 = partition(I)
    x6 = first(x5)
    x7 = underpaint(x4, x6)
    x8 = compose(invert, width)
    x9 = argmax(x5, x8)
    x10 = paint(x7, x9)
    x11 = argmin(x5, x8)
    x12 = initset(x11)
    x13 = argmin(x12, width)
    O = paint(x10, x13)
    return O


def objs_0356(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, uppermost)
    x3 = underpaint(I, x2)
    x4 = compress(x3)
    x5 = fork(combine, corners, backdrop)
    x6 = fork(connect, centerofmass, lrcorner)
    x7 = compose(x6, x5)
    x8 = mapply(x7, x1)
    x9 = ulcorner(x8)
    x10 = crop(x4, x9, x9)
    O = paint(x10, x2)
    return O


def objs_0357(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, height)
    x3 = outbox(x2)
    x4 = apply(urcorner, x1)
    x5 = rbind(contained, x4)
    x6 = sfilter(x3, x5)
    x7 = argmin(x1, size)
    x8 = gravitate(x7, x2)
    x9 = initset(x8)
    x10 = mostcolor(x7)
    x11 = leastcolor(I)
    x12 = replace(I, x10, x11)
    x13 = subgrid(x9, x12)
    O = subgrid(x6, x13)
    return O


def objs_0358(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, ONE)
    x3 = first(x2)
    x4 = color(x3)
    x5 = colorfilter(x2, x4)
    x6 = rbind(upscale, TWO)
    x7 = argmin(x5, height)
    x8 = lbind(manhattan, x7)
    x9 = compose(width, outbox)
    x10 = fork(add, x8, x9)
    x11 = compose(x10, x6)
    x12 = argmax(x5, x11)
    x13 = shape(x12)
    O = canvas(x4, x13)
    return O


def objs_0359(I):
    x1 = objects(I, T, T, F)
    x2 = lbind(add, ONE)
    x3 = compose(x2, uppermost)
    x4 = compose(x3, box)
    x5 = argmax(x1, x4)
    x6 = merge(x1)
    x7 = color(x6)
    x8 = fill(I, x7, x5)
    O = subgrid(x5, x8)
    return O
