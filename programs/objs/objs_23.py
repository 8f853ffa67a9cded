from dsl import *


def objs_0460(I):
    x1 = objects(I, T, T, F)
    x2 = sizefilter(x1, ONE)
    x3 = last(x2)
    x4 = outbox(x3)
    x5 = fill(I, TWO, x3)
    x6 = fill(x5, SIX, x3)
    x7 = subgrid(x4, x6)
    x8 = rbind(subgrid, x7)
    x9 = lrcorner(x3)
    x10 = shoot(x9, UNITY)
    x11 = toobject(x10, I)
    x12 = x8(x11)
    O = bordering(x3, x12)
    return O


def objs_0461(I):
    x1 = objects(I, F, T, T)
    x2 = sizefilter(x1, THREE)
    x3 = first(x2)
    x4 = toindices(x3)
    x5 = backdrop(x4)
    x6 = delta(x5)
    x7 = box(x6)
    x8 = fill(I, EIGHT, x7)
    x9 = leastcolor(I)
    x10 = fill(x8, x9, x3)
    x11 = fill(x10, x9, x7)
    x12 = rbind(bordering, x11)
    x13 = extract(x2, x12)
    x14 = asobject(I)
    x15 = mostcolor(x14)
    O = fill(I, x15, x13)
    return O


def objs_0462(I):
    x1 = rbind(shift, ORIGIN)
    x2 = compose(normalize, x1)
    x3 = compose(x1, x2)
    x4 = objects(I, T, F, T)
    x5 = argmin(x4, width)
    x6 = hline(x5)
    x7 = first(x4)
    x8 = lrcorner(x5)
    x9 = shift(x7, x8)
    x10 = urcorner(x9)
    x11 = shift(x7, x10)
    x12 = branch(x6, x9, x11)
    x13 = x3(x12)
    x14 = asobject(I)
    x15 = paint(I, x14)
    x16 = cover(x15, x14)
    x17 = underpaint(x16, x14)
    O = subgrid(x13, x17)
    return O


def objs_0463(I):
    x1 = objects(I, T, T, T)
    x2 = argmin(x1, size)
    x3 = underpaint(I, x2)
    x4 = lefthalf(x3)
    x5 = objects(I, T, F, T)
    x6 = mostcolor(I)
    x7 = rbind(colorcount, x6)
    x8 = argmin(x5, x7)
    x9 = paint(x4, x8)
    x10 = toindices(x8)
    x11 = underfill(x9, x6, x10)
    O = cover(x11, x10)
    return O


def objs_0464(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, uppermost)
    x3 = color(x2)
    x4 = colorfilter(x1, x3)
    x5 = compose(leastcolor, normalize)
    x6 = argmax(x4, x5)
    x7 = inbox(x6)
    x8 = rbind(shoot, LEFT)
    x9 = mapply(x8, x7)
    x10 = cover(I, x9)
    x11 = subgrid(x6, x10)
    O = fill(x11, x3, x2)
    return O


def objs_0465(I):
    x1 = fgpartition(I)
    x2 = first(x1)
    x3 = argmax(x1, numcolors)
    x4 = insert(x3, x1)
    x5 = righthalf(I)
    x6 = lbind(colorcount, x5)
    x7 = compose(x6, numcolors)
    x8 = argmax(x4, x7)
    x9 = mostcolor(x8)
    O = fill(I, x9, x2)
    return O


def objs_0466(I):
    x1 = compose(hfrontier, llcorner)
    x2 = objects(I, T, T, T)
    x3 = first(x2)
    x4 = inbox(x3)
    x5 = x1(x4)
    x6 = square(x5)
    x7 = cover(I, x3)
    x8 = branch(x6, I, x7)
    x9 = fork(either, portrait, vline)
    x10 = compose(flip, x9)
    x11 = sfilter(x2, x10)
    x12 = fork(subtract, mostcolor, rightmost)
    x13 = matcher(x12, THREE)
    x14 = compose(flip, x13)
    x15 = extract(x11, x14)
    x16 = palette(I)
    x17 = mostcolor(I)
    x18 = other(x16, x17)
    O = fill(x8, x18, x15)
    return O


def objs_0467(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, FOUR)
    x3 = argmax(x2, leftmost)
    x4 = color(x3)
    x5 = rbind(colorcount, x4)
    x6 = compose(leastcolor, dmirror)
    x7 = fork(add, x5, x6)
    x8 = argmax(x2, x7)
    x9 = shape(x8)
    O = vfrontier(x9)
    return O


def objs_0468(I):
    x1 = compose(center, backdrop)
    x2 = chain(tojvec, uppermost, outbox)
    x3 = fork(connect, x1, x2)
    x4 = ofcolor(I, ZERO)
    x5 = llcorner(x4)
    x6 = rbind(shift, x5)
    x7 = compose(x6, x3)
    x8 = fgpartition(I)
    x9 = objects(I, F, F, T)
    x10 = difference(x8, x9)
    x11 = colorfilter(x10, ZERO)
    x12 = mapply(x7, x11)
    O = backdrop(x12)
    return O


def objs_0469(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = remove(x2, x1)
    x4 = argmin(x3, rightmost)
    x5 = lrcorner(x4)
    x6 = rbind(shift, x5)
    x7 = merge(x1)
    O = x6(x7)
    return O


def objs_0470(I):
    x1 = lbind(paint, I)
    x2 = objects(I, T, T, T)
    x3 = argmax(x2, height)
    x4 = x1(x3)
    x5 = asobject(I)
    x6 = lrcorner(x5)
    x7 = vfrontier(x6)
    x8 = outbox(x7)
    x9 = mostcolor(x5)
    O = fill(x4, x9, x8)
    return O


def objs_0471(I):
    x1 = rbind(shift, RIGHT)
    x2 = objects(I, T, F, T)
    x3 = argmin(x2, width)
    x4 = lbind(adjacent, x3)
    x5 = extract(x2, x4)
    x6 = x1(x5)
    x7 = underpaint(I, x6)
    x8 = partition(I)
    x9 = first(x8)
    O = underpaint(x7, x9)
    return O


def objs_0472(I):
    x1 = objects(I, T, F, T)
    x2 = apply(llcorner, x1)
    x3 = order(x1, leftmost)
    x4 = last(x3)
    x5 = adjacent(x2, x4)
    x6 = rbind(subgrid, I)
    x7 = x6(x2)
    x8 = branch(x5, I, x7)
    x9 = fork(difference, box, outbox)
    x10 = compose(size, x9)
    x11 = rbind(argmin, x10)
    x12 = x11(x1)
    O = paint(x8, x12)
    return O


def objs_0473(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = backdrop(x2)
    x4 = leastcolor(I)
    x5 = underfill(I, x4, x3)
    x6 = fill(x5, x4, x2)
    x7 = sizefilter(x1, FOUR)
    x8 = last(x7)
    x9 = gravitate(x8, x3)
    x10 = lbind(connect, x9)
    x11 = mapply(x10, x3)
    x12 = underfill(x6, x4, x11)
    O = underfill(x12, x4, x2)
    return O


def objs_0474(I):
    x1 = ofcolor(I, FOUR)
    x2 = corners(x1)
    x3 = lowermost(x2)
    x4 = invert(x3)
    x5 = lbind(astuple, x4)
    x6 = x5(TWO)
    x7 = shoot(x6, UNITY)
    x8 = fgpartition(I)
    x9 = mostcolor(I)
    x10 = rbind(colorcount, x9)
    x11 = argmin(x8, x10)
    x12 = paint(I, x11)
    x13 = objects(I, T, F, T)
    x14 = sizefilter(x13, ONE)
    x15 = first(x14)
    x16 = lbind(position, x15)
    x17 = compose(initset, x16)
    x18 = mapply(x17, x14)
    x19 = fill(x12, x9, x18)
    O = subgrid(x7, x19)
    return O


def objs_0475(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = shape(x2)
    x4 = canvas(EIGHT, x3)
    x5 = fgpartition(I)
    x6 = fork(shift, identity, urcorner)
    x7 = apply(x6, x5)
    x8 = compose(flip, vline)
    x9 = mfilter(x7, x8)
    x10 = cover(x4, x9)
    O = fill(x10, x1, x9)
    return O


def objs_0476(I):
    x1 = fork(difference, backdrop, outbox)
    x2 = compose(x1, dmirror)
    x3 = partition(I)
    x4 = mapply(x2, x3)
    x5 = toobject(x4, I)
    x6 = leastcolor(I)
    x7 = ofcolor(I, x6)
    x8 = subgrid(x5, I)
    x9 = subgrid(x7, x8)
    x10 = lbind(colorcount, I)
    x11 = palette(I)
    x12 = argmax(x11, x10)
    x13 = fill(x9, x12, x4)
    O = subgrid(x5, x13)
    return O


def objs_0477(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, size)
    x3 = lbind(manhattan, x2)
    x4 = argmin(x1, x3)
    x5 = normalize(x4)
    x6 = normalize(x5)
    x7 = color(x5)
    O = fill(I, x7, x6)
    return O


def objs_0478(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = backdrop(x2)
    x4 = urcorner(x2)
    x5 = lbind(connect, x4)
    x6 = mapply(x5, x3)
    x7 = paint(I, x2)
    x8 = paint(x7, x2)
    x9 = subgrid(x6, x8)
    x10 = underpaint(x9, x2)
    O = cover(x10, x2)
    return O


def objs_0479(I):
    x1 = chain(ulcorner, vmirror, normalize)
    x2 = fgpartition(I)
    x3 = apply(x1, x2)
    x4 = asobject(I)
    x5 = box(x4)
    x6 = rbind(contained, x5)
    x7 = sfilter(x3, x6)
    x8 = recolor(SEVEN, x7)
    x9 = leastcolor(I)
    O = fill(I, x9, x8)
    return O
