from dsl import *


def objs_0120(I):
    x1 = objects(I, T, T, T)
    x2 = argmin(x1, size)
    x3 = box(x2)
    x4 = adjacent(x2, x3)
    x5 = fgpartition(I)
    x6 = compose(positive, size)
    x7 = sfilter(x5, x6)
    x8 = branch(x4, x1, x7)
    x9 = last(x8)
    O = fill(I, ZERO, x9)
    return O


def objs_0121(I):
    x1 = objects(I, T, T, T)
    x2 = rbind(bordering, I)
    x3 = mfilter(x1, x2)
    x4 = cover(I, x3)
    x5 = argmin(x1, uppermost)
    x6 = underfill(x4, ONE, x5)
    x7 = subgrid(x3, x6)
    x8 = hmirror(x7)
    x9 = sfilter(x1, vline)
    x10 = argmax(x9, height)
    x11 = color(x10)
    O = fill(x8, x11, x5)
    return O


def objs_0122(I):
    x1 = objects(I, T, T, F)
    x2 = argmax(x1, uppermost)
    x3 = remove(x2, x1)
    x4 = objects(I, T, F, T)
    x5 = sizefilter(x4, TWO)
    x6 = last(x5)
    x7 = lbind(manhattan, x6)
    x8 = argmax(x3, x7)
    x9 = paint(I, x8)
    x10 = toindices(x8)
    x11 = normalize(x10)
    x12 = toobject(x11, I)
    x13 = recolor(FIVE, x12)
    O = underfill(x9, ZERO, x13)
    return O


def objs_0123(I):
    x1 = lbind(ofcolor, I)
    x2 = palette(I)
    x3 = apply(x1, x2)
    x4 = first(x3)
    x5 = subgrid(x4, I)
    x6 = rot180(x5)
    x7 = fgpartition(I)
    x8 = mfilter(x7, vline)
    x9 = underpaint(x6, x8)
    x10 = mapply(outbox, x7)
    x11 = fill(x9, FIVE, x10)
    O = subgrid(x4, x11)
    return O


def objs_0124(I):
    x1 = partition(I)
    x2 = objects(I, T, T, T)
    x3 = argmin(x2, width)
    x4 = lbind(manhattan, x3)
    x5 = order(x1, x4)
    x6 = first(x5)
    x7 = outbox(x6)
    x8 = recolor(SEVEN, x7)
    x9 = ulcorner(x8)
    x10 = shift(x6, x9)
    O = fill(I, SEVEN, x10)
    return O


def objs_0125(I):
    x1 = compose(cmirror, cmirror)
    x2 = fork(vconcat, identity, x1)
    x3 = objects(I, T, T, F)
    x4 = argmin(x3, uppermost)
    x5 = cover(I, x4)
    x6 = ofcolor(I, SEVEN)
    x7 = underfill(x5, NINE, x6)
    x8 = x2(x7)
    x9 = argmin(x3, width)
    x10 = color(x9)
    x11 = ofcolor(I, x10)
    x12 = fill(x8, x10, x11)
    O = underfill(x12, x10, x4)
    return O


def objs_0126(I):
    x1 = objects(I, T, F, F)
    x2 = first(x1)
    x3 = shape(x2)
    x4 = leastcolor(I)
    x5 = canvas(x4, x3)
    x6 = rbind(colorcount, x4)
    x7 = argmax(x1, x6)
    x8 = paint(x5, x7)
    x9 = corners(x2)
    x10 = argmin(x1, height)
    x11 = leastcolor(x10)
    O = fill(x8, x11, x9)
    return O


def objs_0127(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, size)
    x3 = lbind(manhattan, x2)
    x4 = order(x1, x3)
    x5 = last(x4)
    x6 = shape(x5)
    x7 = argmin(x1, x3)
    x8 = argmax(x1, size)
    x9 = llcorner(x8)
    x10 = shift(x7, x9)
    x11 = color(x10)
    O = canvas(x11, x6)
    return O


def objs_0128(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = shape(x2)
    x4 = argmin(x1, height)
    x5 = leastcolor(x4)
    x6 = canvas(x5, x3)
    x7 = objects(I, F, F, T)
    x8 = rbind(difference, x7)
    x9 = x8(x1)
    x10 = mfilter(x9, portrait)
    x11 = move(x6, x10, x3)
    x12 = ofcolor(I, x5)
    O = cover(x11, x12)
    return O


def objs_0129(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = cmirror(x2)
    x4 = upscale(x3, TWO)
    x5 = leastcolor(I)
    x6 = ofcolor(I, x5)
    x7 = rbind(shoot, NEG_UNITY)
    x8 = mapply(x7, x6)
    x9 = toindices(x2)
    x10 = rbind(contained, x9)
    x11 = sfilter(x8, x10)
    x12 = ulcorner(x11)
    O = move(I, x4, x12)
    return O


def objs_0130(I):
    x1 = objects(I, T, F, T)
    x2 = fork(recolor, color, inbox)
    x3 = apply(x2, x1)
    x4 = argmax(x3, numcolors)
    x5 = paint(I, x4)
    x6 = argmin(x1, size)
    x7 = upscale(x6, TWO)
    O = move(x5, x7, ORIGIN)
    return O


def objs_0131(I):
    x1 = objects(I, F, F, T)
    x2 = objects(I, T, T, T)
    x3 = argmin(x2, width)
    x4 = lbind(manhattan, x3)
    x5 = argmax(x1, x4)
    x6 = shape(I)
    x7 = leastcolor(I)
    x8 = canvas(x7, x6)
    O = subgrid(x5, x8)
    return O


def objs_0132(I):
    x1 = ofcolor(I, ONE)
    x2 = leastcolor(I)
    x3 = underfill(I, x2, x1)
    x4 = fgpartition(I)
    x5 = last(x4)
    x6 = paint(x3, x5)
    x7 = backdrop(x1)
    x8 = fill(x6, TWO, x7)
    x9 = objects(I, T, F, T)
    x10 = order(x9, numcolors)
    x11 = first(x10)
    x12 = lbind(position, x11)
    x13 = apply(x12, x9)
    O = fill(x8, SEVEN, x13)
    return O


def objs_0133(I):
    x1 = partition(I)
    x2 = first(x1)
    x3 = underpaint(I, x2)
    x4 = delta(x2)
    x5 = rbind(contained, x4)
    x6 = compose(flip, x5)
    x7 = sfilter(x4, x6)
    x8 = fill(x3, FOUR, x7)
    x9 = dmirror(x2)
    x10 = dmirror(x9)
    x11 = fill(x8, ZERO, x10)
    O = move(x11, x10, TWO_BY_ZERO)
    return O


def objs_0134(I):
    x1 = objects(I, T, F, T)
    x2 = mfilter(x1, portrait)
    x3 = shape(x2)
    x4 = canvas(NINE, x3)
    x5 = rbind(bordering, x4)
    x6 = extract(x1, x5)
    x7 = color(x6)
    x8 = underfill(I, x7, x2)
    O = underpaint(x8, x6)
    return O


def objs_0135(I):
    x1 = asobject(I)
    x2 = normalize(x1)
    x3 = objects(I, F, F, T)
    x4 = fork(either, portrait, hline)
    x5 = sfilter(x3, x4)
    x6 = rbind(colorcount, ZERO)
    x7 = argmin(x5, x6)
    x8 = lbind(ofcolor, I)
    x9 = x8(FOUR)
    x10 = corners(x9)
    x11 = toindices(x10)
    x12 = position(x7, x11)
    O = move(I, x2, x12)
    return O


def objs_0136(I):
    x1 = rbind(sfilter, vline)
    x2 = objects(I, T, T, F)
    x3 = x1(x2)
    x4 = colorfilter(x3, NINE)
    x5 = fork(connect, ulcorner, lrcorner)
    x6 = argmin(x4, size)
    x7 = urcorner(x6)
    x8 = rbind(shift, x7)
    x9 = compose(x8, x5)
    x10 = chain(double, lowermost, x9)
    x11 = argmax(x4, x10)
    x12 = mostcolor(I)
    O = fill(I, x12, x11)
    return O


def objs_0137(I):
    x1 = fgpartition(I)
    x2 = argmin(x1, uppermost)
    x3 = paint(I, x2)
    x4 = first(x1)
    x5 = leastcolor(I)
    x6 = fill(x3, x5, x4)
    x7 = color(x4)
    x8 = ofcolor(I, x7)
    x9 = mostcolor(I)
    x10 = fill(x6, x9, x8)
    x11 = bottomhalf(x10)
    x12 = chain(neighbors, toivec, size)
    x13 = x12(x8)
    x14 = shift(x13, RIGHT)
    x15 = recolor(x9, x14)
    O = paint(x11, x15)
    return O


def objs_0138(I):
    x1 = rbind(bordering, I)
    x2 = objects(I, T, T, T)
    x3 = apply(toindices, x2)
    x4 = argmin(x3, size)
    x5 = x1(x4)
    x6 = leastcolor(I)
    x7 = ofcolor(I, x6)
    x8 = rbind(shoot, UP_RIGHT)
    x9 = mapply(x8, x7)
    x10 = shape(x9)
    x11 = canvas(x6, x10)
    x12 = first(x2)
    x13 = underpaint(x11, x12)
    x14 = branch(x5, x11, x13)
    O = underfill(x14, x6, x12)
    return O


def objs_0139(I):
    x1 = asobject(I)
    x2 = fill(I, EIGHT, x1)
    x3 = ulcorner(x1)
    x4 = lrcorner(x1)
    x5 = crop(x2, x3, x4)
    x6 = partition(I)
    x7 = chain(decrement, height, cmirror)
    x8 = argmin(x6, x7)
    x9 = paint(x5, x8)
    x10 = paint(x9, x1)
    O = fill(x10, THREE, x1)
    return O
