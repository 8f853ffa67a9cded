from dsl import *


def objs_0500(I):
    x1 = objects(I, T, F, T)
    x2 = apply(toindices, x1)
    x3 = fork(add, uppermost, lowermost)
    x4 = matcher(x3, ONE)
    x5 = mfilter(x2, x4)
    x6 = objects(I, F, T, T)
    x7 = argmax(x6, uppermost)
    x8 = leastcolor(x7)
    x9 = recolor(x8, x5)
    O = underpaint(I, x9)
    return O


def objs_0501(I):
    x1 = rbind(subgrid, I)
    x2 = asindices(I)
    x3 = x1(x2)
    x4 = mostcolor(I)
    x5 = fill(x3, x4, x2)
    x6 = objects(I, F, T, T)
    x7 = argmin(x6, numcolors)
    x8 = color(x7)
    x9 = rbind(colorcount, x8)
    x10 = argmin(x6, x9)
    x11 = fill(x5, EIGHT, x10)
    x12 = shape(x2)
    x13 = neighbors(x12)
    x14 = fill(x11, x4, x13)
    x15 = objects(I, T, F, T)
    x16 = sizefilter(x15, FOUR)
    x17 = first(x16)
    x18 = gravitate(x17, x13)
    O = move(x14, x17, x18)
    return O


def objs_0502(I):
    x1 = chain(toivec, double, color)
    x2 = objects(I, F, F, T)
    x3 = apply(x1, x2)
    x4 = argmax(x2, size)
    x5 = subgrid(x4, I)
    x6 = shape(x5)
    x7 = lbind(connect, x6)
    x8 = mapply(x7, x3)
    x9 = shift(x8, x6)
    O = subgrid(x9, I)
    return O


def objs_0503(I):
    x1 = asindices(I)
    x2 = toindices(x1)
    x3 = shape(x2)
    x4 = canvas(FOUR, x3)
    x5 = leastcolor(I)
    x6 = ofcolor(I, x5)
    x7 = cover(x4, x6)
    x8 = fgpartition(x7)
    x9 = rbind(shift, LEFT)
    x10 = mapply(x9, x8)
    O = underfill(I, x5, x10)
    return O


def objs_0504(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, leftmost)
    x3 = shape(x2)
    x4 = canvas(ZERO, x3)
    x5 = argmin(x1, color)
    x6 = lbind(shift, x5)
    x7 = fork(astuple, size, leastcolor)
    x8 = asobject(I)
    x9 = x7(x8)
    x10 = x6(x9)
    x11 = paint(x4, x10)
    x12 = color(x5)
    O = fill(x11, x12, x10)
    return O


def objs_0505(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = objects(I, F, F, T)
    x4 = argmax(x3, size)
    x5 = corners(x4)
    x6 = rbind(contained, x5)
    x7 = compose(flip, x6)
    x8 = sfilter(x2, x7)
    x9 = box(x8)
    x10 = shape(x9)
    x11 = mostcolor(I)
    O = canvas(x11, x10)
    return O


def objs_0506(I):
    x1 = asobject(I)
    x2 = box(x1)
    x3 = backdrop(x2)
    x4 = inbox(x3)
    x5 = toobject(x4, I)
    x6 = color(x5)
    x7 = fill(I, x6, x5)
    x8 = partition(I)
    x9 = colorfilter(x8, x6)
    x10 = argmin(x9, size)
    x11 = shape(x10)
    x12 = rbind(shift, x11)
    x13 = apply(x12, x9)
    x14 = fork(recolor, color, backdrop)
    x15 = chain(width, delta, x14)
    x16 = compose(decrement, x15)
    x17 = argmin(x13, x16)
    O = paint(x7, x17)
    return O


def objs_0507(I):
    x1 = palette(I)
    x2 = mostcolor(I)
    x3 = other(x1, x2)
    x4 = rbind(replace, x3)
    x5 = rbind(x4, FIVE)
    x6 = rbind(subgrid, I)
    x7 = ofcolor(I, x3)
    x8 = x6(x7)
    x9 = x5(x8)
    x10 = objects(I, F, F, F)
    x11 = first(x10)
    x12 = move(x9, x11, DOWN)
    O = paint(x12, x11)
    return O


def objs_0508(I):
    x1 = fork(astuple, numcolors, height)
    x2 = objects(I, T, F, F)
    x3 = apply(x1, x2)
    x4 = first(x2)
    x5 = paint(I, x4)
    x6 = subgrid(x3, x5)
    x7 = vconcat(x6, x6)
    x8 = extract(x2, vline)
    x9 = lrcorner(x8)
    x10 = shoot(x9, UP_RIGHT)
    x11 = compose(corners, outbox)
    x12 = objects(I, T, F, T)
    x13 = argmin(x12, height)
    x14 = lbind(manhattan, x13)
    x15 = chain(double, x14, x11)
    x16 = argmax(x2, x15)
    x17 = mostcolor(x16)
    O = fill(x7, x17, x10)
    return O


def objs_0509(I):
    x1 = objects(I, F, F, T)
    x2 = compose(color, vmirror)
    x3 = fork(subtract, x2, mostcolor)
    x4 = argmax(x1, x3)
    x5 = objects(I, T, F, F)
    x6 = merge(x5)
    x7 = objects(I, T, T, T)
    x8 = argmin(x7, size)
    x9 = position(x6, x8)
    x10 = move(I, x4, x9)
    O = paint(x10, x8)
    return O


def objs_0510(I):
    x1 = fork(subtract, llcorner, center)
    x2 = compose(dneighbors, x1)
    x3 = objects(I, T, F, T)
    x4 = mapply(x2, x3)
    x5 = palette(I)
    x6 = mostcolor(I)
    x7 = other(x5, x6)
    x8 = underfill(I, x7, x4)
    x9 = lbind(astuple, ONE)
    x10 = compose(x9, size)
    x11 = apply(x10, x3)
    O = fill(x8, x7, x11)
    return O


def objs_0511(I):
    x1 = rbind(sizefilter, TWO)
    x2 = objects(I, F, T, T)
    x3 = x1(x2)
    x4 = asobject(I)
    x5 = mostcolor(x4)
    x6 = colorfilter(x3, x5)
    x7 = power(double, TWO)
    x8 = compose(x7, lowermost)
    x9 = objects(I, T, F, T)
    x10 = argmin(x9, width)
    x11 = vperiod(x10)
    x12 = matcher(x8, x11)
    x13 = mfilter(x6, x12)
    x14 = objects(I, T, T, F)
    x15 = argmax(x14, size)
    x16 = color(x15)
    O = fill(I, x16, x13)
    return O


def objs_0512(I):
    x1 = objects(I, F, T, T)
    x2 = merge(x1)
    x3 = shape(x2)
    x4 = first(x1)
    x5 = color(x4)
    x6 = canvas(x5, x3)
    x7 = rbind(bordering, x6)
    x8 = mfilter(x1, x7)
    O = move(I, x8, ZERO_BY_TWO)
    return O


def objs_0513(I):
    x1 = objects(I, T, F, T)
    x2 = compose(rightmost, cmirror)
    x3 = argmax(x1, x2)
    x4 = backdrop(x3)
    x5 = cover(I, x4)
    x6 = apply(vmirror, x1)
    x7 = compose(flip, hline)
    x8 = extract(x6, x7)
    x9 = argmin(x1, size)
    x10 = gravitate(x9, x8)
    O = move(x5, x9, x10)
    return O


def objs_0514(I):
    x1 = rbind(subgrid, I)
    x2 = objects(I, T, F, T)
    x3 = first(x2)
    x4 = toindices(x3)
    x5 = outbox(x4)
    x6 = x1(x5)
    x7 = hmirror(x6)
    x8 = ulcorner(x3)
    x9 = crop(x7, x8, x8)
    x10 = argmax(x2, leftmost)
    x11 = outbox(x10)
    x12 = corners(x11)
    O = fill(x9, SEVEN, x12)
    return O


def objs_0515(I):
    x1 = objects(I, T, T, F)
    x2 = first(x1)
    x3 = color(x2)
    x4 = matcher(color, x3)
    x5 = mfilter(x1, x4)
    x6 = paint(I, x5)
    x7 = objects(I, T, T, T)
    x8 = sizefilter(x7, ONE)
    x9 = compose(flip, vline)
    x10 = compose(x9, outbox)
    x11 = extract(x8, x10)
    x12 = argmin(x7, height)
    x13 = gravitate(x12, x11)
    x14 = move(x6, x12, x13)
    x15 = outbox(x11)
    x16 = inbox(x15)
    O = fill(x14, x3, x16)
    return O


def objs_0516(I):
    x1 = ofcolor(I, SEVEN)
    x2 = objects(I, T, F, T)
    x3 = last(x2)
    x4 = underpaint(I, x3)
    x5 = subgrid(x1, x4)
    x6 = argmax(x2, width)
    x7 = leastcolor(x6)
    x8 = rbind(colorcount, x7)
    x9 = order(x2, x8)
    x10 = first(x9)
    O = paint(x5, x10)
    return O


def objs_0517(I):
    x1 = asobject(I)
    x2 = backdrop(x1)
    x3 = ofcolor(I, EIGHT)
    x4 = combine(x2, x3)
    x5 = ulcorner(x1)
    x6 = initset(x5)
    x7 = rbind(contained, x6)
    x8 = compose(flip, x7)
    x9 = sfilter(x4, x8)
    x10 = tophalf(I)
    O = subgrid(x9, x10)
    return O


def objs_0518(I):
    x1 = asindices(I)
    x2 = outbox(x1)
    x3 = inbox(x2)
    x4 = cover(I, x3)
    x5 = objects(I, T, F, T)
    x6 = merge(x5)
    x7 = underpaint(x4, x6)
    x8 = shape(x3)
    x9 = neighbors(x8)
    x10 = ofcolor(I, FIVE)
    x11 = rbind(contained, x10)
    x12 = compose(flip, x11)
    x13 = sfilter(x9, x12)
    x14 = cover(x7, x13)
    x15 = argmin(x5, width)
    x16 = lbind(adjacent, x15)
    x17 = mfilter(x5, x16)
    O = fill(x14, FOUR, x17)
    return O


def objs_0519(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = lbind(shift, x2)
    x4 = corners(x2)
    x5 = height(x4)
    x6 = tojvec(x5)
    x7 = add(x6, UNITY)
    x8 = x3(x7)
    O = subgrid(x8, I)
    return O
