from dsl import *


def objs_0480(I):
    x1 = objects(I, F, T, T)
    x2 = objects(I, F, F, T)
    x3 = extract(x2, portrait)
    x4 = color(x3)
    x5 = rbind(colorcount, x4)
    x6 = argmax(x1, x5)
    x7 = righthalf(I)
    x8 = argmin(x2, size)
    x9 = paint(x7, x8)
    x10 = mapply(delta, x1)
    x11 = color(x8)
    x12 = fill(x9, x11, x10)
    x13 = upscale(x12, TWO)
    O = subgrid(x6, x13)
    return O


def objs_0481(I):
    x1 = partition(I)
    x2 = last(x1)
    x3 = leastcolor(I)
    x4 = fill(I, x3, x2)
    x5 = paint(x4, x2)
    x6 = argmax(x1, height)
    x7 = underfill(x5, x3, x6)
    x8 = rbind(subgrid, x7)
    x9 = ofcolor(x4, x3)
    x10 = cmirror(x9)
    x11 = x8(x10)
    x12 = hconcat(x4, x11)
    x13 = first(x1)
    x14 = insert(x13, x1)
    x15 = argmin(x14, width)
    x16 = hmirror(x15)
    O = underfill(x12, x3, x16)
    return O


def objs_0482(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, leftmost)
    x3 = box(x2)
    x4 = subgrid(x3, I)
    x5 = paint(x4, x2)
    x6 = underpaint(x5, x2)
    x7 = lbind(vmatching, x2)
    x8 = extract(x1, x7)
    x9 = mostcolor(x8)
    x10 = fill(x6, x9, x8)
    O = paint(x10, x8)
    return O


def objs_0483(I):
    x1 = objects(I, T, F, F)
    x2 = sizefilter(x1, ONE)
    x3 = combine(x1, x2)
    x4 = sizefilter(x3, ONE)
    x5 = combine(x3, x4)
    x6 = fork(subtract, size, rightmost)
    x7 = order(x5, x6)
    x8 = last(x7)
    x9 = ofcolor(I, NINE)
    x10 = shape(x9)
    O = move(I, x8, x10)
    return O


def objs_0484(I):
    x1 = rbind(shift, UNITY)
    x2 = fork(shift, identity, ulcorner)
    x3 = compose(x2, x1)
    x4 = objects(I, F, T, T)
    x5 = first(x4)
    x6 = x3(x5)
    x7 = subgrid(x6, I)
    x8 = fork(add, color, leastcolor)
    x9 = order(x4, x8)
    x10 = first(x9)
    x11 = leastcolor(I)
    x12 = lbind(recolor, x11)
    x13 = toindices(x10)
    x14 = x12(x13)
    x15 = recolor(x11, x14)
    x16 = mostcolor(x15)
    O = underfill(x7, x16, x10)
    return O


def objs_0485(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = bordering(x2, I)
    x4 = objects(I, T, T, T)
    x5 = argmin(x4, width)
    x6 = color(x5)
    x7 = fill(I, x6, x5)
    x8 = lbind(cover, I)
    x9 = x8(x5)
    x10 = branch(x3, x7, x9)
    x11 = underfill(x10, x6, x5)
    O = move(x11, x5, UP_RIGHT)
    return O


def objs_0486(I):
    x1 = asobject(I)
    x2 = toindices(x1)
    x3 = cover(I, x2)
    x4 = subgrid(x1, x3)
    x5 = objects(I, T, F, T)
    x6 = argmax(x5, uppermost)
    x7 = first(x5)
    x8 = color(x7)
    x9 = fill(x4, x8, x6)
    x10 = rbind(upscale, TWO)
    x11 = compose(decrement, numcolors)
    x12 = compose(x11, x10)
    x13 = order(x5, x12)
    x14 = first(x13)
    x15 = paint(x9, x14)
    O = fill(x15, x8, x14)
    return O


def objs_0487(I):
    x1 = objects(I, F, T, T)
    x2 = colorfilter(x1, NINE)
    x3 = sfilter(x2, portrait)
    x4 = compose(increment, height)
    x5 = argmax(x3, x4)
    x6 = argmin(x3, mostcolor)
    x7 = paint(I, x6)
    x8 = color(x5)
    x9 = replace(x7, x8, FIVE)
    O = subgrid(x5, x9)
    return O


def objs_0488(I):
    x1 = fork(astuple, rightmost, width)
    x2 = fork(connect, x1, centerofmass)
    x3 = objects(I, F, F, T)
    x4 = mapply(x2, x3)
    x5 = objects(I, F, T, T)
    x6 = first(x5)
    x7 = underpaint(I, x6)
    x8 = shape(x7)
    x9 = move(I, x6, x8)
    x10 = subgrid(x4, x9)
    x11 = objects(I, T, F, F)
    x12 = combine(x5, x11)
    x13 = compose(flip, hline)
    x14 = extract(x12, x13)
    x15 = objects(I, T, F, T)
    x16 = last(x15)
    x17 = leastcolor(x16)
    O = fill(x10, x17, x14)
    return O


def objs_0489(I):
    x1 = objects(I, F, T, T)
    x2 = compose(invert, leftmost)
    x3 = argmin(x1, x2)
    x4 = objects(I, T, T, T)
    x5 = argmin(x4, width)
    x6 = argmin(x4, size)
    x7 = vmatching(x5, x6)
    x8 = branch(x7, x6, x3)
    O = subgrid(x8, I)
    return O


def objs_0490(I):
    x1 = mostcolor(I)
    x2 = objects(I, T, F, T)
    x3 = sizefilter(x2, THREE)
    x4 = last(x3)
    x5 = box(x4)
    x6 = rbind(add, RIGHT)
    x7 = rbind(shoot, NEG_UNITY)
    x8 = compose(x7, x6)
    x9 = mapply(x8, x5)
    O = underfill(I, x1, x9)
    return O


def objs_0491(I):
    x1 = objects(I, F, T, T)
    x2 = argmax(x1, uppermost)
    x3 = subgrid(x2, I)
    x4 = rot180(x3)
    x5 = color(x2)
    x6 = rbind(colorcount, x5)
    x7 = argmin(x1, x6)
    x8 = underpaint(x4, x7)
    x9 = objects(I, T, T, T)
    x10 = sizefilter(x9, THREE)
    x11 = first(x10)
    x12 = gravitate(x11, x11)
    x13 = move(x8, x11, x12)
    O = paint(x13, x7)
    return O


def objs_0492(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = power(vmirror, TWO)
    x4 = compose(inbox, x3)
    x5 = upscale(x2, TWO)
    x6 = x4(x5)
    x7 = box(x6)
    x8 = argmin(x1, width)
    x9 = gravitate(x8, x7)
    O = move(I, x8, x9)
    return O


def objs_0493(I):
    x1 = fgpartition(I)
    x2 = argmax(x1, width)
    x3 = objects(I, T, T, T)
    x4 = argmin(x3, width)
    x5 = rbind(hmatching, x4)
    x6 = sfilter(x1, x5)
    x7 = remove(x2, x6)
    x8 = first(x7)
    O = underpaint(I, x8)
    return O


def objs_0494(I):
    x1 = shape(I)
    x2 = mostcolor(I)
    x3 = canvas(x2, x1)
    x4 = objects(I, T, F, F)
    x5 = fork(subtract, color, leftmost)
    x6 = argmin(x4, x5)
    x7 = outbox(x6)
    x8 = recolor(ZERO, x7)
    x9 = leastcolor(I)
    x10 = ofcolor(I, x9)
    x11 = corners(x10)
    x12 = intersection(x10, x11)
    x13 = objects(I, T, T, T)
    x14 = sizefilter(x13, THREE)
    x15 = first(x14)
    x16 = position(x12, x15)
    O = move(x3, x8, x16)
    return O


def objs_0495(I):
    x1 = asobject(I)
    x2 = outbox(x1)
    x3 = urcorner(x1)
    x4 = lbind(connect, x3)
    x5 = compose(backdrop, x4)
    x6 = mapply(x5, x2)
    x7 = toindices(x6)
    x8 = shape(x7)
    x9 = leastcolor(I)
    O = canvas(x9, x8)
    return O


def objs_0496(I):
    x1 = fgpartition(I)
    x2 = objects(I, T, F, T)
    x3 = argmax(x2, size)
    x4 = color(x3)
    x5 = rbind(colorcount, x4)
    x6 = order(x1, x5)
    x7 = last(x6)
    O = backdrop(x7)
    return O


def objs_0497(I):
    x1 = objects(I, T, T, T)
    x2 = objects(I, F, T, F)
    x3 = argmin(x1, height)
    x4 = lbind(manhattan, x3)
    x5 = argmin(x2, x4)
    x6 = inbox(x5)
    x7 = rbind(shoot, LEFT)
    x8 = mapply(x7, x6)
    O = fill(I, FIVE, x8)
    return O


def objs_0498(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = move(I, x2, ORIGIN)
    x4 = underpaint(x3, x2)
    x5 = lbind(shift, x2)
    x6 = lrcorner(x2)
    x7 = x5(x6)
    x8 = paint(x4, x7)
    x9 = underpaint(x8, x7)
    x10 = objects(I, T, T, T)
    x11 = fork(multiply, leftmost, leastcolor)
    x12 = argmin(x10, x11)
    O = paint(x9, x12)
    return O


def objs_0499(I):
    x1 = partition(I)
    x2 = apply(normalize, x1)
    x3 = compose(initset, ulcorner)
    x4 = fork(add, height, rightmost)
    x5 = compose(x4, x3)
    x6 = fork(add, height, x5)
    x7 = argmax(x2, x6)
    x8 = subgrid(x7, I)
    x9 = compress(x8)
    O = subgrid(x7, x9)
    return O
