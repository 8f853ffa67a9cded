from dsl import *


def objs_0440(I):
    x1 = objects(I, F, F, T)
    x2 = leastcolor(I)
    x3 = rbind(colorcount, x2)
    x4 = order(x1, x3)
    x5 = first(x4)
    x6 = paint(I, x5)
    x7 = objects(I, T, T, T)
    x8 = sfilter(x7, vline)
    x9 = colorfilter(x8, x2)
    x10 = first(x9)
    O = paint(x6, x10)
    return O


def objs_0441(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, leftmost)
    x3 = backdrop(x2)
    x4 = shape(x3)
    x5 = canvas(ONE, x4)
    x6 = color(x2)
    x7 = rbind(colorcount, x6)
    x8 = order(x1, x7)
    x9 = last(x8)
    x10 = cover(x5, x9)
    x11 = asobject(I)
    O = move(x10, x11, ORIGIN)
    return O


def objs_0442(I):
    x1 = objects(I, T, T, F)
    x2 = sizefilter(x1, TWO)
    x3 = fork(combine, delta, box)
    x4 = compose(initset, centerofmass)
    x5 = chain(lowermost, x4, x3)
    x6 = argmax(x2, x5)
    x7 = llcorner(x6)
    x8 = leastcolor(I)
    x9 = ofcolor(I, x8)
    O = contained(x7, x9)
    return O


def objs_0443(I):
    x1 = objects(I, F, F, T)
    x2 = argmin(x1, size)
    x3 = fill(I, SIX, x2)
    x4 = lbind(colorcount, x3)
    x5 = palette(I)
    x6 = argmax(x5, x4)
    x7 = fill(x3, x6, x2)
    x8 = lbind(position, x2)
    x9 = apply(x8, x1)
    x10 = fill(x7, x6, x9)
    O = paint(x10, x2)
    return O


def objs_0444(I):
    x1 = rbind(toobject, I)
    x2 = objects(I, T, T, T)
    x3 = first(x2)
    x4 = llcorner(x3)
    x5 = neighbors(x4)
    x6 = x1(x5)
    x7 = mostcolor(I)
    x8 = fill(I, x7, x6)
    x9 = asobject(I)
    O = fill(x8, x7, x9)
    return O


def objs_0445(I):
    x1 = mostcolor(I)
    x2 = ofcolor(I, x1)
    x3 = cover(I, x2)
    x4 = objects(I, T, F, T)
    x5 = compose(even, leastcolor)
    x6 = sfilter(x4, x5)
    x7 = last(x6)
    x8 = fill(x3, x1, x7)
    O = paint(x8, x7)
    return O


def objs_0446(I):
    x1 = objects(I, T, T, T)
    x2 = leastcolor(I)
    x3 = colorfilter(x1, x2)
    x4 = compose(inbox, dmirror)
    x5 = chain(leftmost, corners, x4)
    x6 = order(x3, x5)
    x7 = last(x6)
    x8 = occurrences(I, x7)
    x9 = underfill(I, x2, x7)
    x10 = asobject(I)
    x11 = color(x10)
    x12 = fill(x9, x11, x10)
    x13 = subgrid(x8, x12)
    x14 = argmax(x3, width)
    x15 = paint(x13, x14)
    O = subgrid(x8, x15)
    return O


def objs_0447(I):
    x1 = matcher(width, THREE)
    x2 = fgpartition(I)
    x3 = argmin(x2, width)
    x4 = box(x3)
    x5 = x1(x4)
    x6 = flip(x5)
    x7 = rbind(shift, UNITY)
    x8 = x7(x3)
    x9 = subgrid(x8, I)
    x10 = paint(x9, x8)
    x11 = branch(x6, x9, x10)
    O = paint(x11, x8)
    return O


def objs_0448(I):
    x1 = objects(I, F, T, T)
    x2 = first(x1)
    x3 = asindices(I)
    x4 = matcher(mostcolor, ZERO)
    x5 = extract(x1, x4)
    x6 = rbind(subgrid, I)
    x7 = x6(x3)
    x8 = color(x5)
    x9 = fill(x7, x8, x3)
    x10 = shape(x3)
    x11 = neighbors(x10)
    x12 = underfill(x9, x8, x11)
    x13 = subgrid(x5, x12)
    O = subgrid(x2, x13)
    return O


def objs_0449(I):
    x1 = rbind(toobject, I)
    x2 = leastcolor(I)
    x3 = ofcolor(I, x2)
    x4 = x1(x3)
    x5 = subgrid(x3, I)
    x6 = asobject(I)
    x7 = fill(x5, x2, x6)
    x8 = subgrid(x4, x7)
    x9 = asindices(I)
    x10 = objects(I, T, F, T)
    x11 = argmax(x10, height)
    x12 = position(x9, x11)
    x13 = shift(x6, x12)
    x14 = paint(x8, x13)
    O = underpaint(x14, x13)
    return O


def objs_0450(I):
    x1 = objects(I, T, T, T)
    x2 = argmin(x1, numcolors)
    x3 = outbox(x2)
    x4 = fill(I, FOUR, x3)
    x5 = fgpartition(I)
    x6 = fork(multiply, mostcolor, width)
    x7 = argmax(x5, x6)
    x8 = underpaint(x4, x7)
    x9 = leastcolor(I)
    x10 = fill(x8, x9, x7)
    O = cover(x10, x7)
    return O


def objs_0451(I):
    x1 = chain(vfrontier, toivec, leftmost)
    x2 = objects(I, T, F, T)
    x3 = mapply(x1, x2)
    x4 = ofcolor(I, ONE)
    x5 = dmirror(x4)
    x6 = rbind(contained, x5)
    x7 = sfilter(x3, x6)
    x8 = mostcolor(I)
    x9 = fill(I, x8, x7)
    x10 = fork(shift, identity, lrcorner)
    x11 = apply(x10, x2)
    x12 = first(x11)
    O = underpaint(x9, x12)
    return O


def objs_0452(I):
    x1 = objects(I, F, T, T)
    x2 = argmax(x1, size)
    x3 = subgrid(x2, I)
    x4 = fgpartition(x3)
    x5 = power(dmirror, TWO)
    x6 = fork(recolor, color, corners)
    x7 = chain(lowermost, x6, x5)
    x8 = leastcolor(I)
    x9 = rbind(colorcount, x8)
    x10 = fork(multiply, x9, mostcolor)
    x11 = fork(add, x7, x10)
    x12 = argmin(x4, x11)
    x13 = shape(x12)
    O = canvas(x8, x13)
    return O


def objs_0453(I):
    x1 = fork(subtract, llcorner, center)
    x2 = compose(dneighbors, x1)
    x3 = objects(I, T, T, F)
    x4 = mapply(x2, x3)
    x5 = toobject(x4, I)
    x6 = corners(x5)
    x7 = paint(I, x5)
    x8 = subgrid(x6, x7)
    x9 = ofcolor(I, ONE)
    x10 = toobject(x9, I)
    x11 = palette(I)
    x12 = mostcolor(I)
    x13 = other(x11, x12)
    x14 = fill(x8, x13, x10)
    x15 = lbind(colorcount, x7)
    x16 = argmax(x11, x15)
    x17 = fill(x14, x16, x10)
    O = subgrid(x5, x17)
    return O


def objs_0454(I):
    x1 = objects(I, T, F, T)
    x2 = leastcolor(I)
    x3 = rbind(colorcount, x2)
    x4 = argmax(x1, x3)
    x5 = outbox(x4)
    x6 = subgrid(x5, I)
    x7 = paint(x6, x4)
    x8 = fork(recolor, color, box)
    x9 = asobject(I)
    x10 = x8(x9)
    x11 = paint(x7, x10)
    x12 = normalize(x4)
    x13 = paint(x11, x12)
    O = subgrid(x5, x13)
    return O


def objs_0455(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, TWO)
    x3 = combine(x1, x2)
    x4 = argmin(x3, size)
    x5 = leastcolor(I)
    x6 = ofcolor(I, x5)
    x7 = gravitate(x4, x6)
    x8 = rbind(shift, x7)
    x9 = apply(x8, x3)
    x10 = lbind(manhattan, x4)
    x11 = valmin(x9, x10)
    x12 = lbind(greater, x11)
    O = x12(TWO)
    return O


def objs_0456(I):
    x1 = objects(I, F, T, T)
    x2 = compose(decrement, leastcolor)
    x3 = argmin(x1, x2)
    x4 = shape(x3)
    x5 = first(x1)
    x6 = mostcolor(x5)
    x7 = canvas(x6, x4)
    x8 = inbox(x5)
    x9 = lbind(position, x8)
    x10 = objects(I, T, F, T)
    x11 = argmin(x10, size)
    x12 = lbind(position, x11)
    x13 = fork(subtract, x9, x12)
    x14 = apply(x13, x10)
    x15 = gravitate(x11, x14)
    x16 = move(x7, x11, x15)
    O = paint(x16, x5)
    return O


def objs_0457(I):
    x1 = power(dmirror, THREE)
    x2 = x1(I)
    x3 = objects(I, T, F, F)
    x4 = merge(x3)
    x5 = fill(x2, ONE, x4)
    x6 = fork(connect, llcorner, shape)
    x7 = chain(x6, x6, inbox)
    x8 = x7(x4)
    x9 = inbox(x8)
    x10 = difference(x8, x9)
    O = fill(x5, FIVE, x10)
    return O


def objs_0458(I):
    x1 = fgpartition(I)
    x2 = first(x1)
    x3 = ulcorner(x2)
    x4 = crop(I, x3, THREE_BY_THREE)
    x5 = leastcolor(I)
    x6 = ofcolor(I, x5)
    x7 = rbind(contained, x6)
    x8 = compose(flip, x7)
    x9 = sfilter(x6, x8)
    x10 = toobject(x9, I)
    O = move(x4, x10, x3)
    return O


def objs_0459(I):
    x1 = partition(I)
    x2 = compose(rightmost, backdrop)
    x3 = argmin(x1, x2)
    x4 = fill(I, THREE, x3)
    x5 = first(x1)
    x6 = normalize(x5)
    x7 = lbind(shift, x6)
    x8 = x7(TWO_BY_ZERO)
    x9 = fill(x4, NINE, x8)
    O = underpaint(x9, x3)
    return O
