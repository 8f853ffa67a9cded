from dsl import *


def objs_0080(I):
    x1 = objects(I, T, F, T)
    x2 = compose(normalize, cmirror)
    x3 = apply(x2, x1)
    x4 = argmax(x3, leftmost)
    x5 = sizefilter(x3, ONE)
    x6 = last(x5)
    x7 = gravitate(x6, x4)
    x8 = move(I, x6, x7)
    x9 = color(x4)
    O = underfill(x8, x9, x4)
    return O


def objs_0081(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = height(x2)
    x4 = greater(x3, THREE)
    x5 = fgpartition(I)
    x6 = argmin(x5, numcolors)
    x7 = fill(I, x1, x6)
    x8 = argmin(x5, leftmost)
    x9 = paint(x7, x8)
    x10 = cmirror(x7)
    x11 = branch(x4, x9, x10)
    x12 = cover(x11, x8)
    x13 = fork(greater, color, rightmost)
    x14 = fork(either, x13, hline)
    x15 = sfilter(x5, x14)
    x16 = argmin(x15, mostcolor)
    O = paint(x12, x16)
    return O


def objs_0082(I):
    x1 = objects(I, F, T, T)
    x2 = leastcolor(I)
    x3 = rbind(colorcount, x2)
    x4 = argmax(x1, x3)
    x5 = outbox(x4)
    x6 = fill(I, SIX, x5)
    x7 = apply(backdrop, x1)
    x8 = first(x7)
    x9 = toobject(x8, I)
    x10 = ofcolor(I, x2)
    x11 = normalize(x10)
    x12 = toobject(x11, I)
    x13 = color(x12)
    O = fill(x6, x13, x9)
    return O


def objs_0083(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = underpaint(I, x2)
    x4 = ofcolor(I, THREE)
    x5 = color(x2)
    x6 = fill(x3, x5, x4)
    x7 = cover(x6, x2)
    x8 = colorfilter(x1, x5)
    x9 = chain(double, size, toindices)
    x10 = argmin(x8, x9)
    x11 = underfill(x7, FIVE, x10)
    O = paint(x11, x2)
    return O


def objs_0084(I):
    x1 = objects(I, T, T, T)
    x2 = first(x1)
    x3 = argmin(x1, size)
    x4 = gravitate(x3, x2)
    x5 = move(I, x3, x4)
    x6 = color(x3)
    x7 = lbind(recolor, x6)
    x8 = leastcolor(I)
    x9 = ofcolor(I, x8)
    x10 = x7(x9)
    x11 = move(x5, x10, x4)
    x12 = fill(x11, x8, x3)
    O = fill(x12, x8, x9)
    return O


def objs_0085(I):
    x1 = bottomhalf(I)
    x2 = objects(I, T, F, F)
    x3 = objects(I, T, T, T)
    x4 = argmin(x3, size)
    x5 = lbind(adjacent, x4)
    x6 = sfilter(x2, x5)
    x7 = first(x6)
    x8 = color(x7)
    x9 = colorfilter(x6, x8)
    x10 = argmax(x9, width)
    x11 = lbind(colorcount, I)
    x12 = first(x9)
    x13 = palette(x12)
    x14 = argmax(x13, x11)
    O = underfill(x1, x14, x10)
    return O


def objs_0086(I):
    x1 = mostcolor(I)
    x2 = ofcolor(I, x1)
    x3 = asobject(I)
    x4 = color(x3)
    x5 = fill(I, x4, x2)
    x6 = outbox(x2)
    x7 = combine(x2, x6)
    x8 = recolor(EIGHT, x7)
    x9 = fill(x5, ZERO, x8)
    x10 = objects(x5, T, F, T)
    x11 = compose(flip, vline)
    x12 = sfilter(x10, x11)
    x13 = argmax(x12, height)
    O = paint(x9, x13)
    return O


def objs_0087(I):
    x1 = rbind(toobject, I)
    x2 = objects(I, T, F, F)
    x3 = first(x2)
    x4 = ulcorner(x3)
    x5 = initset(x4)
    x6 = x1(x5)
    x7 = center(x6)
    x8 = subtract(x4, x7)
    x9 = increment(x8)
    x10 = shift(x6, x9)
    O = fill(I, FOUR, x10)
    return O


def objs_0088(I):
    x1 = objects(I, F, T, T)
    x2 = fork(equality, uppermost, color)
    x3 = mfilter(x1, x2)
    x4 = paint(I, x3)
    x5 = fgpartition(I)
    x6 = rbind(colorcount, FOUR)
    x7 = argmax(x5, x6)
    x8 = mostcolor(x7)
    x9 = leastcolor(I)
    x10 = replace(x4, x8, x9)
    O = cover(x10, x7)
    return O


def objs_0089(I):
    x1 = chain(dmirror, cmirror, righthalf)
    x2 = x1(I)
    x3 = compose(neighbors, center)
    x4 = objects(I, F, F, T)
    x5 = mapply(x3, x4)
    x6 = palette(I)
    x7 = mostcolor(I)
    x8 = other(x6, x7)
    x9 = fill(x2, x8, x5)
    x10 = chain(uppermost, corners, corners)
    x11 = argmax(x4, x10)
    x12 = normalize(x11)
    x13 = move(x9, x12, DOWN)
    O = cover(x13, x5)
    return O


def objs_0090(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, THREE)
    x3 = first(x2)
    x4 = lbind(manhattan, x3)
    x5 = order(x1, x4)
    x6 = last(x5)
    x7 = vmatching(x6, x3)
    x8 = order(x2, x4)
    x9 = last(x8)
    x10 = branch(x7, x9, x3)
    O = paint(I, x10)
    return O


def objs_0091(I):
    x1 = partition(I)
    x2 = argmin(x1, size)
    x3 = ulcorner(x2)
    x4 = hfrontier(x3)
    x5 = normalize(x4)
    x6 = lbind(colorcount, I)
    x7 = palette(I)
    x8 = argmin(x7, x6)
    x9 = switch(I, NINE, x8)
    x10 = subgrid(x5, x9)
    x11 = extract(x1, portrait)
    O = fill(x10, x8, x11)
    return O


def objs_0092(I):
    x1 = objects(I, F, T, T)
    x2 = colorfilter(x1, FOUR)
    x3 = first(x2)
    x4 = normalize(x3)
    x5 = initset(x4)
    x6 = remove(x3, x5)
    x7 = objects(I, T, T, T)
    x8 = sizefilter(x7, FOUR)
    x9 = last(x8)
    x10 = lbind(manhattan, x9)
    O = argmin(x6, x10)
    return O


def objs_0093(I):
    x1 = mostcolor(I)
    x2 = switch(I, FOUR, x1)
    x3 = compose(dmirror, outbox)
    x4 = ofcolor(I, x1)
    x5 = x3(x4)
    x6 = objects(I, T, T, T)
    x7 = argmin(x6, width)
    x8 = color(x7)
    x9 = recolor(x8, x5)
    x10 = cover(x2, x9)
    x11 = compose(outbox, vmirror)
    x12 = compose(lowermost, x11)
    x13 = argmax(x6, x12)
    x14 = mostcolor(x13)
    O = fill(x10, x14, x13)
    return O


def objs_0094(I):
    x1 = rot180(I)
    x2 = objects(I, T, F, T)
    x3 = first(x2)
    x4 = initset(x3)
    x5 = chain(invert, shape, corners)
    x6 = rbind(shoot, NEG_UNITY)
    x7 = argmin(x2, height)
    x8 = lbind(manhattan, x7)
    x9 = chain(x8, x6, x5)
    x10 = argmin(x4, x9)
    x11 = upscale(x10, TWO)
    O = underpaint(x1, x11)
    return O


def objs_0095(I):
    x1 = objects(I, T, T, T)
    x2 = argmax(x1, size)
    x3 = corners(x2)
    x4 = portrait(x3)
    x5 = fork(combine, backdrop, toindices)
    x6 = objects(I, T, F, T)
    x7 = mapply(x5, x6)
    x8 = subgrid(x7, I)
    x9 = portrait(x2)
    x10 = subgrid(x2, x8)
    x11 = branch(x9, I, x10)
    x12 = branch(x4, x8, x11)
    O = paint(x12, x2)
    return O


def objs_0096(I):
    x1 = lbind(fill, I)
    x2 = objects(I, T, F, T)
    x3 = last(x2)
    x4 = color(x3)
    x5 = lbind(x1, x4)
    x6 = mapply(dmirror, x2)
    x7 = x5(x6)
    x8 = sizefilter(x2, FOUR)
    x9 = last(x8)
    x10 = gravitate(x9, x3)
    O = move(x7, x9, x10)
    return O


def objs_0097(I):
    x1 = rbind(subgrid, I)
    x2 = objects(I, T, T, T)
    x3 = argmax(x2, size)
    x4 = delta(x3)
    x5 = x1(x4)
    x6 = asobject(I)
    x7 = color(x6)
    x8 = underfill(x5, x7, x3)
    O = paint(x8, x6)
    return O


def objs_0098(I):
    x1 = objects(I, F, F, T)
    x2 = argmax(x1, height)
    x3 = color(x2)
    x4 = matcher(leastcolor, x3)
    x5 = extract(x1, x4)
    x6 = ofcolor(I, EIGHT)
    x7 = shape(x6)
    x8 = canvas(x3, x7)
    x9 = subgrid(x5, x8)
    O = move(x9, x5, x7)
    return O


def objs_0099(I):
    x1 = objects(I, F, T, T)
    x2 = colorfilter(x1, FOUR)
    x3 = size(x2)
    x4 = argmax(x2, leftmost)
    x5 = color(x4)
    x6 = rbind(colorcount, x5)
    x7 = argmin(x2, x6)
    x8 = height(x7)
    O = subtract(x3, x8)
    return O
