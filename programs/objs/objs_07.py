from dsl import *


def objs_0140(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, width)
    x3 = lbind(manhattan, x2)
    x4 = valmin(x1, x3)
    x5 = astuple(FOUR, x4)
    x6 = ineighbors(x5)
    x7 = shape(x6)
    x8 = leastcolor(I)
    O = canvas(x8, x7)
    return O


def objs_0141(I):
    x1 = power(rot90, TWO)
    x2 = objects(I, T, F, T)
    x3 = first(x2)
    x4 = lbind(colorcount, I)
    x5 = palette(x3)
    x6 = argmin(x5, x4)
    x7 = fill(I, x6, x3)
    x8 = x1(x7)
    x9 = leastcolor(I)
    O = underfill(x8, x9, x3)
    return O


def objs_0142(I):
    x1 = objects(I, F, F, T)
    x2 = rbind(shift, NEG_UNITY)
    x3 = apply(x2, x1)
    x4 = colorfilter(x3, ZERO)
    x5 = first(x4)
    x6 = paint(I, x5)
    x7 = shift(x5, ORIGIN)
    x8 = ulcorner(x7)
    x9 = crop(x6, x8, x8)
    O = subgrid(x5, x9)
    return O


def objs_0143(I):
    x1 = objects(I, T, F, F)
    x2 = sfilter(x1, portrait)
    x3 = rbind(upscale, TWO)
    x4 = apply(x3, x2)
    x5 = argmin(x4, mostcolor)
    x6 = shape(x5)
    x7 = mostcolor(I)
    O = canvas(x7, x6)
    return O


def objs_0144(I):
    x1 = dmirror(I)
    x2 = objects(x1, F, F, T)
    x3 = first(x2)
    x4 = shape(x3)
    x5 = rbind(shift, x4)
    x6 = ofcolor(I, TWO)
    x7 = delta(x6)
    x8 = lrcorner(x7)
    x9 = rbind(shift, x8)
    x10 = compose(x9, x5)
    x11 = compose(vmirror, x10)
    x12 = argmax(x2, size)
    x13 = x11(x12)
    O = underpaint(x1, x13)
    return O


def objs_0145(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = compose(delta, ineighbors)
    x4 = mapply(x3, x2)
    x5 = normalize(x4)
    x6 = normalize(x5)
    x7 = asobject(I)
    x8 = partition(I)
    x9 = compose(size, toindices)
    x10 = order(x8, x9)
    x11 = first(x10)
    x12 = leastcolor(x11)
    x13 = fill(I, x12, x7)
    O = subgrid(x6, x13)
    return O


def objs_0146(I):
    x1 = rbind(toobject, I)
    x2 = objects(I, T, F, T)
    x3 = argmin(x2, height)
    x4 = lbind(manhattan, x3)
    x5 = argmin(x2, x4)
    x6 = outbox(x5)
    x7 = x1(x6)
    x8 = palette(I)
    x9 = mostcolor(I)
    x10 = other(x8, x9)
    O = fill(I, x10, x7)
    return O


def objs_0147(I):
    x1 = objects(I, F, F, T)
    x2 = first(x1)
    x3 = hmirror(x2)
    x4 = fill(I, EIGHT, x3)
    x5 = rbind(subgrid, x4)
    x6 = compose(flip, square)
    x7 = extract(x1, x6)
    x8 = cmirror(x7)
    x9 = x5(x8)
    x10 = toindices(x8)
    x11 = lrcorner(x10)
    x12 = dneighbors(x11)
    x13 = rbind(contained, x12)
    x14 = sfilter(x12, x13)
    x15 = rbind(contained, x14)
    x16 = sfilter(x14, x15)
    O = fill(x9, ONE, x16)
    return O


def objs_0148(I):
    x1 = objects(I, F, F, F)
    x2 = mapply(normalize, x1)
    x3 = argmin(x1, size)
    x4 = equality(x2, x3)
    x5 = argmin(x1, width)
    x6 = toindices(x5)
    x7 = subgrid(x6, I)
    x8 = objects(I, T, F, T)
    x9 = first(x8)
    x10 = fill(x7, ONE, x9)
    x11 = branch(x4, x7, x10)
    x12 = rbind(add, UNITY)
    x13 = urcorner(x9)
    x14 = x12(x13)
    x15 = shoot(x14, NEG_UNITY)
    x16 = recolor(TWO, x15)
    O = fill(x11, FIVE, x16)
    return O


def objs_0149(I):
    x1 = fgpartition(I)
    x2 = first(x1)
    x3 = subgrid(x2, I)
    x4 = subgrid(x2, x3)
    x5 = shift(x2, LEFT)
    x6 = paint(x4, x5)
    x7 = rbind(bordering, x6)
    x8 = mfilter(x1, x7)
    x9 = shape(x8)
    O = canvas(ONE, x9)
    return O


def objs_0150(I):
    x1 = asobject(I)
    x2 = leastcolor(x1)
    x3 = lbind(recolor, x2)
    x4 = leastcolor(I)
    x5 = ofcolor(I, x4)
    x6 = corners(x1)
    x7 = difference(x5, x6)
    x8 = x3(x7)
    x9 = outbox(x8)
    O = fill(I, x2, x9)
    return O


def objs_0151(I):
    x1 = objects(I, F, F, T)
    x2 = objects(I, T, T, T)
    x3 = argmin(x2, size)
    x4 = lbind(manhattan, x3)
    x5 = argmax(x1, x4)
    x6 = normalize(x5)
    x7 = sizefilter(x2, TWO)
    x8 = first(x7)
    x9 = centerofmass(x8)
    x10 = shift(x8, x9)
    x11 = gravitate(x8, x10)
    x12 = move(I, x6, x11)
    x13 = rbind(hmatching, x10)
    x14 = extract(x7, x13)
    O = underpaint(x12, x14)
    return O


def objs_0152(I):
    x1 = objects(I, F, F, T)
    x2 = compose(flip, hline)
    x3 = sfilter(x1, x2)
    x4 = merge(x3)
    x5 = leastcolor(I)
    x6 = fill(I, x5, x4)
    x7 = ofcolor(I, x5)
    x8 = lbind(hmatching, x7)
    x9 = extract(x1, x8)
    O = fill(x6, x5, x9)
    return O


def objs_0153(I):
    x1 = objects(I, F, T, T)
    x2 = objects(I, T, F, T)
    x3 = fork(subtract, size, leastcolor)
    x4 = argmin(x2, x3)
    x5 = color(x4)
    x6 = rbind(colorcount, x5)
    x7 = argmin(x1, x6)
    x8 = leastcolor(x7)
    O = underfill(I, x8, x7)
    return O


def objs_0154(I):
    x1 = objects(I, T, F, T)
    x2 = apply(vmirror, x1)
    x3 = sizefilter(x1, THREE)
    x4 = last(x3)
    x5 = rbind(adjacent, x4)
    x6 = sfilter(x2, x5)
    x7 = size(x6)
    O = greater(x7, FOUR)
    return O


def objs_0155(I):
    x1 = mostcolor(I)
    x2 = leastcolor(I)
    x3 = switch(I, x1, x2)
    x4 = objects(I, T, T, T)
    x5 = argmax(x4, leftmost)
    x6 = hmirror(x5)
    x7 = argmin(x4, height)
    x8 = color(x7)
    x9 = fill(x3, x8, x6)
    x10 = lefthalf(x9)
    x11 = paint(x10, x6)
    x12 = switch(x11, x1, x8)
    x13 = cmirror(x12)
    x14 = lbind(ofcolor, x13)
    x15 = x14(x8)
    O = underfill(x10, x8, x15)
    return O


def objs_0156(I):
    x1 = partition(I)
    x2 = compose(halve, numcolors)
    x3 = order(x1, x2)
    x4 = last(x3)
    x5 = lbind(shift, x4)
    x6 = x5(TWO_BY_ZERO)
    x7 = objects(I, T, F, T)
    x8 = argmax(x7, height)
    x9 = position(x4, x8)
    x10 = shift(x6, x9)
    O = subgrid(x10, I)
    return O


def objs_0157(I):
    x1 = asobject(I)
    x2 = corners(x1)
    x3 = shape(x1)
    x4 = canvas(THREE, x3)
    x5 = subgrid(x2, x4)
    x6 = mostcolor(I)
    x7 = fill(x5, x6, x1)
    x8 = color(x1)
    x9 = switch(x7, TWO, x8)
    x10 = objects(I, T, F, T)
    x11 = chain(hmirror, hmirror, vmirror)
    x12 = compose(vmirror, x11)
    x13 = apply(x12, x10)
    x14 = first(x13)
    O = underpaint(x9, x14)
    return O


def objs_0158(I):
    x1 = objects(I, T, T, T)
    x2 = first(x1)
    x3 = subgrid(x2, I)
    x4 = paint(x3, x2)
    x5 = fgpartition(I)
    x6 = compose(uppermost, backdrop)
    x7 = order(x5, x6)
    x8 = last(x7)
    x9 = underpaint(x4, x8)
    x10 = delta(x8)
    x11 = sizefilter(x1, ONE)
    x12 = first(x11)
    x13 = gravitate(x12, x12)
    x14 = move(x9, x12, x13)
    O = fill(x14, ZERO, x10)
    return O


def objs_0159(I):
    x1 = fgpartition(I)
    x2 = argmin(x1, leftmost)
    x3 = upscale(x2, TWO)
    x4 = lbind(colorcount, I)
    x5 = argmin(x1, height)
    x6 = rbind(adjacent, x5)
    x7 = mfilter(x1, x6)
    x8 = palette(x7)
    x9 = argmax(x8, x4)
    O = fill(I, x9, x3)
    return O
