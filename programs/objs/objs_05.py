from dsl import *


def objs_0100(I):
    x1 = asobject(I)
    x2 = color(x1)
    x3 = replace(I, FOUR, x2)
    x4 = objects(I, T, F, T)
    x5 = argmin(x4, size)
    x6 = paint(x3, x5)
    x7 = objects(x6, T, F, T)
    x8 = fork(equality, identity, cmirror)
    x9 = mfilter(x7, x8)
    x10 = paint(x6, x9)
    x11 = hconcat(x10, x10)
    O = underfill(x11, x2, x9)
    return O


def objs_0101(I):
    x1 = objects(I, T, T, F)
    x2 = argmin(x1, size)
    x3 = move(I, x2, NEG_UNITY)
    x4 = bottomhalf(x3)
    x5 = lbind(cover, x4)
    x6 = x5(x2)
    x7 = first(x1)
    x8 = underfill(x6, FOUR, x7)
    O = fill(x8, FIVE, x2)
    return O


def objs_0102(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = square(x2)
    x4 = objects(I, T, F, T)
    x5 = argmax(x4, leftmost)
    x6 = fill(I, x1, x5)
    x7 = branch(x3, I, x6)
    x8 = asindices(I)
    x9 = fill(x7, THREE, x8)
    x10 = righthalf(x9)
    x11 = rbind(shift, DOWN)
    x12 = power(x11, THREE)
    x13 = chain(x12, x12, hmirror)
    x14 = compose(neighbors, urcorner)
    x15 = fork(add, height, rightmost)
    x16 = compose(x15, x14)
    x17 = compose(x16, x13)
    x18 = argmin(x4, x17)
    O = paint(x10, x18)
    return O


def objs_0103(I):
    x1 = asobject(I)
    x2 = shape(x1)
    x3 = canvas(FOUR, x2)
    x4 = color(x1)
    x5 = ofcolor(I, x4)
    x6 = recolor(x4, x5)
    x7 = fill(x3, EIGHT, x6)
    x8 = power(cmirror, THREE)
    x9 = recolor(SEVEN, x6)
    x10 = x8(x9)
    O = underpaint(x7, x10)
    return O


def objs_0104(I):
    x1 = objects(I, T, T, T)
    x2 = argmax(x1, leftmost)
    x3 = color(x2)
    x4 = rbind(colorcount, x3)
    x5 = argmax(x1, x4)
    x6 = rbind(hmatching, x5)
    x7 = sfilter(x1, x6)
    x8 = argmin(x7, leftmost)
    O = underpaint(I, x8)
    return O


def objs_0105(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = lbind(position, x2)
    x4 = rbind(shoot, UP_RIGHT)
    x5 = compose(x4, x3)
    x6 = argmin(x1, size)
    x7 = leastcolor(I)
    x8 = ofcolor(I, x7)
    x9 = toindices(x8)
    x10 = inbox(x9)
    x11 = manhattan(x6, x10)
    x12 = sizefilter(x1, x11)
    x13 = mapply(x5, x12)
    O = subgrid(x13, I)
    return O


def objs_0106(I):
    x1 = rbind(sizefilter, FOUR)
    x2 = objects(I, T, F, T)
    x3 = x1(x2)
    x4 = fork(subtract, centerofmass, lrcorner)
    x5 = fork(shift, identity, x4)
    x6 = apply(x5, x3)
    x7 = rbind(colorcount, NINE)
    x8 = fork(multiply, leastcolor, x7)
    x9 = argmin(x6, x8)
    O = hline(x9)
    return O


def objs_0107(I):
    x1 = rot270(I)
    x2 = objects(I, F, T, T)
    x3 = first(x2)
    x4 = fill(x1, TWO, x3)
    x5 = shape(x4)
    x6 = move(x1, x3, x5)
    x7 = chain(increment, tojvec, color)
    x8 = compose(tojvec, lowermost)
    x9 = fork(connect, x7, x8)
    x10 = mapply(x9, x2)
    x11 = cover(x6, x10)
    x12 = rbind(shift, x5)
    x13 = compose(cmirror, x12)
    x14 = chain(x12, x13, x12)
    x15 = mapply(x14, x2)
    O = fill(x11, NINE, x15)
    return O


def objs_0108(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, FOUR)
    x3 = last(x2)
    x4 = lbind(manhattan, x3)
    x5 = fork(add, x4, width)
    x6 = compose(halve, x5)
    x7 = argmin(x1, x6)
    O = color(x7)
    return O


def objs_0109(I):
    x1 = righthalf(I)
    x2 = objects(I, T, F, T)
    x3 = fork(combine, corners, outbox)
    x4 = chain(outbox, vmirror, corners)
    x5 = compose(x4, x3)
    x6 = compose(uppermost, x5)
    x7 = argmax(x2, x6)
    O = paint(x1, x7)
    return O


def objs_0110(I):
    x1 = objects(I, F, T, T)
    x2 = fork(shift, identity, shape)
    x3 = apply(x2, x1)
    x4 = colorfilter(x3, ONE)
    x5 = rbind(colorcount, SIX)
    x6 = order(x4, x5)
    x7 = first(x6)
    x8 = objects(I, T, F, T)
    x9 = argmin(x8, width)
    x10 = argmin(x8, height)
    x11 = gravitate(x9, x10)
    x12 = initset(x11)
    x13 = position(x7, x12)
    O = move(I, x7, x13)
    return O


def objs_0111(I):
    x1 = fgpartition(I)
    x2 = first(x1)
    x3 = paint(I, x2)
    x4 = color(x2)
    x5 = mostcolor(I)
    x6 = replace(x3, x4, x5)
    x7 = tophalf(x6)
    x8 = last(x1)
    x9 = lbind(colorcount, I)
    x10 = palette(x2)
    x11 = argmin(x10, x9)
    x12 = underfill(x7, x11, x8)
    O = cover(x12, x8)
    return O


def objs_0112(I):
    x1 = shape(I)
    x2 = objects(I, F, T, T)
    x3 = fork(shift, identity, ulcorner)
    x4 = apply(x3, x2)
    x5 = fork(recolor, color, box)
    x6 = chain(hmirror, x5, hmirror)
    x7 = mapply(x6, x4)
    x8 = color(x7)
    O = canvas(x8, x1)
    return O


def objs_0113(I):
    x1 = ofcolor(I, FOUR)
    x2 = lrcorner(x1)
    x3 = rbind(shift, x2)
    x4 = objects(I, T, F, T)
    x5 = merge(x4)
    x6 = x3(x5)
    x7 = shift(x6, x2)
    O = underpaint(I, x7)
    return O


def objs_0114(I):
    x1 = fgpartition(I)
    x2 = sizefilter(x1, FOUR)
    x3 = difference(x1, x2)
    x4 = compose(delta, cmirror)
    x5 = chain(initset, centerofmass, backdrop)
    x6 = fork(difference, x4, x5)
    x7 = compose(width, corners)
    x8 = lbind(subtract, THREE)
    x9 = compose(x8, x7)
    x10 = compose(x9, x6)
    x11 = argmin(x3, x10)
    O = fill(I, ZERO, x11)
    return O


def objs_0115(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, numcolors)
    x3 = paint(I, x2)
    x4 = asobject(I)
    x5 = fill(x3, ZERO, x4)
    x6 = argmax(x1, width)
    x7 = underpaint(x5, x6)
    x8 = argmax(x1, height)
    x9 = llcorner(x8)
    x10 = rbind(shift, x9)
    x11 = mapply(x10, x1)
    x12 = underpaint(x7, x11)
    x13 = first(x1)
    x14 = argmax(x1, rightmost)
    x15 = color(x14)
    O = underfill(x12, x15, x13)
    return O


def objs_0116(I):
    x1 = ofcolor(I, FOUR)
    x2 = vline(x1)
    x3 = fill(I, SIX, x1)
    x4 = objects(I, F, T, T)
    x5 = first(x4)
    x6 = paint(I, x5)
    x7 = branch(x2, x3, x6)
    x8 = leastcolor(I)
    x9 = replace(x7, FOUR, x8)
    x10 = asobject(I)
    x11 = color(x5)
    x12 = fill(x9, x11, x10)
    x13 = vconcat(x7, x12)
    x14 = downscale(x13, TWO)
    x15 = compose(tojvec, leastcolor)
    x16 = compose(vfrontier, x15)
    x17 = apply(x16, x4)
    x18 = merge(x17)
    O = underfill(x14, x11, x18)
    return O


def objs_0117(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = underpaint(I, x2)
    x4 = argmax(x1, height)
    x5 = underpaint(x3, x4)
    x6 = subgrid(x2, x5)
    x7 = argmax(x1, width)
    x8 = paint(x6, x7)
    x9 = fork(astuple, leftmost, lowermost)
    x10 = apply(x9, x1)
    x11 = toobject(x10, I)
    O = underfill(x8, SIX, x11)
    return O


def objs_0118(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, ONE)
    x3 = argmax(x2, color)
    x4 = fgpartition(I)
    x5 = extract(x4, vline)
    x6 = leastcolor(x5)
    x7 = fill(I, x6, x3)
    x8 = power(increment, TWO)
    x9 = compose(x8, mostcolor)
    x10 = order(x1, x9)
    x11 = last(x10)
    O = paint(x7, x11)
    return O


def objs_0119(I):
    x1 = lbind(connect, UP_RIGHT)
    x2 = compose(x1, ulcorner)
    x3 = partition(I)
    x4 = asobject(I)
    x5 = color(x4)
    x6 = matcher(color, x5)
    x7 = sfilter(x3, x6)
    x8 = compose(portrait, x2)
    x9 = fork(either, x8, x6)
    x10 = sfilter(x7, x9)
    x11 = mapply(x2, x10)
    x12 = inbox(x11)
    O = difference(x11, x12)
    return O
