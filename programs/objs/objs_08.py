from dsl import *


def objs_0160(I):
    x1 = fgpartition(I)
    x2 = fork(difference, inbox, box)
    x3 = objects(I, T, F, T)
    x4 = sizefilter(x3, THREE)
    x5 = last(x4)
    x6 = lbind(manhattan, x5)
    x7 = compose(x6, x2)
    x8 = compose(halve, x7)
    x9 = fork(subtract, x8, uppermost)
    O = argmin(x1, x9)
    return O


def objs_0161(I):
    x1 = objects(I, F, T, T)
    x2 = merge(x1)
    x3 = argmin(x1, size)
    x4 = underpaint(I, x3)
    x5 = subgrid(x2, x4)
    x6 = argmax(x1, width)
    x7 = center(x6)
    x8 = shift(x6, x7)
    x9 = paint(x5, x6)
    x10 = subgrid(x8, x9)
    x11 = hconcat(x5, x10)
    x12 = power(dmirror, TWO)
    x13 = compose(cmirror, dmirror)
    x14 = compose(leastcolor, vmirror)
    x15 = compose(x14, x13)
    x16 = compose(x15, x12)
    x17 = bordering(x6, x11)
    x18 = objects(x4, F, F, T)
    x19 = branch(x17, x1, x18)
    x20 = first(x19)
    x21 = x16(x20)
    O = fill(x11, x21, x2)
    return O


def objs_0162(I):
    x1 = lbind(colorcount, I)
    x2 = objects(I, T, F, T)
    x3 = argmin(x2, leftmost)
    x4 = palette(x3)
    x5 = argmin(x4, x1)
    x6 = leastcolor(I)
    x7 = replace(I, x5, x6)
    x8 = objects(x7, T, F, T)
    x9 = mapply(dmirror, x8)
    O = paint(x7, x9)
    return O


def objs_0163(I):
    x1 = chain(trim, lefthalf, righthalf)
    x2 = compose(vmirror, x1)
    x3 = objects(I, T, F, T)
    x4 = argmax(x3, numcolors)
    x5 = paint(I, x4)
    x6 = vconcat(x5, x5)
    x7 = x2(x6)
    x8 = asobject(I)
    x9 = lrcorner(x8)
    x10 = initset(x9)
    x11 = leastcolor(I)
    x12 = underfill(x7, x11, x10)
    x13 = partition(I)
    x14 = first(x13)
    O = underpaint(x12, x14)
    return O


def objs_0164(I):
    x1 = asobject(I)
    x2 = toindices(x1)
    x3 = rbind(argmin, mostcolor)
    x4 = fgpartition(I)
    x5 = x3(x4)
    x6 = ulcorner(x5)
    x7 = leastcolor(I)
    x8 = ofcolor(I, x7)
    x9 = shape(x8)
    x10 = crop(I, x6, x9)
    x11 = delta(x8)
    x12 = cover(x10, x11)
    O = subgrid(x2, x12)
    return O


def objs_0165(I):
    x1 = objects(I, T, T, T)
    x2 = last(x1)
    x3 = shape(x2)
    x4 = leastcolor(I)
    x5 = canvas(x4, x3)
    x6 = compose(flip, portrait)
    x7 = sfilter(x1, x6)
    x8 = apply(delta, x7)
    x9 = fork(subtract, size, height)
    x10 = lbind(multiply, TWO)
    x11 = chain(x10, double, x9)
    x12 = fork(multiply, height, x11)
    x13 = argmin(x8, x12)
    O = underfill(x5, x4, x13)
    return O


def objs_0166(I):
    x1 = lbind(paint, I)
    x2 = partition(I)
    x3 = order(x2, lowermost)
    x4 = last(x3)
    x5 = x1(x4)
    x6 = underpaint(x5, x4)
    x7 = leastcolor(I)
    x8 = ofcolor(I, x7)
    x9 = shift(x8, DOWN)
    O = underfill(x6, x7, x9)
    return O


def objs_0167(I):
    x1 = objects(I, F, F, T)
    x2 = objects(I, T, T, T)
    x3 = argmin(x2, width)
    x4 = lbind(manhattan, x3)
    x5 = argmin(x1, x4)
    x6 = rbind(colorcount, THREE)
    x7 = fork(add, x4, x6)
    x8 = order(x2, x7)
    x9 = last(x8)
    x10 = color(x9)
    O = fill(I, x10, x5)
    return O


def objs_0168(I):
    x1 = objects(I, T, T, T)
    x2 = argmin(x1, size)
    x3 = occurrences(I, x2)
    x4 = shape(x3)
    x5 = rbind(shift, x4)
    x6 = mapply(x5, x1)
    x7 = color(x6)
    O = canvas(x7, x4)
    return O


def objs_0169(I):
    x1 = asobject(I)
    x2 = shape(x1)
    x3 = canvas(TWO, x2)
    x4 = vmirror(x3)
    x5 = rbind(subgrid, x4)
    x6 = mostcolor(I)
    x7 = ofcolor(I, x6)
    x8 = x5(x7)
    O = paint(x8, x1)
    return O


def objs_0170(I):
    x1 = bottomhalf(I)
    x2 = objects(x1, T, F, T)
    x3 = fork(multiply, uppermost, size)
    x4 = compose(x3, box)
    x5 = argmin(x2, x4)
    x6 = inbox(x5)
    x7 = llcorner(x6)
    x8 = halve(x7)
    x9 = shift(x5, x8)
    x10 = compose(square, corners)
    x11 = compose(flip, x10)
    x12 = mfilter(x2, x11)
    x13 = leastcolor(x12)
    O = underfill(x1, x13, x9)
    return O


def objs_0171(I):
    x1 = fgpartition(I)
    x2 = sizefilter(x1, ONE)
    x3 = compose(mostcolor, vmirror)
    x4 = first(x2)
    x5 = x3(x4)
    x6 = rbind(colorcount, x5)
    x7 = argmax(x2, x6)
    x8 = paint(I, x7)
    x9 = last(x2)
    O = underpaint(x8, x9)
    return O


def objs_0172(I):
    x1 = objects(I, T, T, T)
    x2 = argmin(x1, leftmost)
    x3 = shape(x2)
    x4 = lbind(connect, x3)
    x5 = chain(x4, toivec, mostcolor)
    x6 = lbind(position, x2)
    x7 = first(x1)
    x8 = lbind(position, x7)
    x9 = fork(connect, x6, x8)
    x10 = fork(combine, x5, x9)
    x11 = mapply(x10, x1)
    x12 = shape(x11)
    O = canvas(FIVE, x12)
    return O


def objs_0173(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = shift(x2, UP)
    x4 = objects(I, T, F, T)
    x5 = first(x4)
    x6 = outbox(x5)
    x7 = rbind(contained, x6)
    x8 = compose(flip, x7)
    x9 = sfilter(x6, x8)
    x10 = fork(intersection, corners, delta)
    x11 = mapply(x10, x4)
    x12 = combine(x9, x11)
    x13 = rbind(contained, x12)
    x14 = sfilter(x3, x13)
    x15 = shape(x14)
    O = canvas(ZERO, x15)
    return O


def objs_0174(I):
    x1 = asobject(I)
    x2 = mostcolor(I)
    x3 = fill(I, x2, x1)
    x4 = compose(vmirror, first)
    x5 = compose(dmirror, x4)
    x6 = chain(normalize, normalize, dmirror)
    x7 = chain(dmirror, dmirror, x6)
    x8 = compose(x7, x5)
    x9 = objects(I, T, F, T)
    x10 = x8(x9)
    O = underpaint(x3, x10)
    return O


def objs_0175(I):
    x1 = partition(I)
    x2 = first(x1)
    x3 = color(x2)
    x4 = ofcolor(I, x3)
    x5 = ulcorner(x4)
    x6 = rbind(shift, x5)
    x7 = mapply(x6, x1)
    O = paint(I, x7)
    return O


def objs_0176(I):
    x1 = objects(I, T, T, F)
    x2 = first(x1)
    x3 = paint(I, x2)
    x4 = box(x2)
    x5 = width(x4)
    x6 = size(x4)
    x7 = greater(x5, x6)
    x8 = compose(flip, square)
    x9 = extract(x1, x8)
    x10 = order(x1, rightmost)
    x11 = first(x10)
    x12 = branch(x7, x9, x11)
    x13 = color(x9)
    x14 = fill(x3, x13, x12)
    x15 = mostcolor(I)
    O = fill(x14, x15, x4)
    return O


def objs_0177(I):
    x1 = asobject(I)
    x2 = outbox(x1)
    x3 = box(x2)
    x4 = recolor(SEVEN, x3)
    x5 = shape(x4)
    x6 = canvas(SIX, x5)
    x7 = lbind(colorcount, I)
    x8 = palette(I)
    x9 = argmax(x8, x7)
    O = underfill(x6, x9, x3)
    return O


def objs_0178(I):
    x1 = objects(I, T, F, T)
    x2 = matcher(leastcolor, SEVEN)
    x3 = sfilter(x1, x2)
    x4 = argmax(x3, width)
    x5 = ofcolor(I, SIX)
    x6 = delta(x5)
    x7 = dmirror(x6)
    x8 = delta(x7)
    x9 = leastcolor(I)
    x10 = fill(I, x9, x8)
    O = subgrid(x4, x10)
    return O


def objs_0179(I):
    x1 = ofcolor(I, ZERO)
    x2 = mostcolor(I)
    x3 = recolor(x2, x1)
    x4 = backdrop(x3)
    x5 = lrcorner(x3)
    x6 = shoot(x5, RIGHT)
    x7 = rbind(contained, x6)
    x8 = sfilter(x4, x7)
    O = subgrid(x8, I)
    return O
