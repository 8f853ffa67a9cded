from dsl import *


def objs_0020(I):
    x1 = objects(I, T, T, T)
    x2 = argmax(x1, height)
    x3 = lbind(fill, I)
    x4 = objects(I, F, T, T)
    x5 = first(x4)
    x6 = color(x5)
    x7 = lbind(x3, x6)
    x8 = objects(I, T, F, T)
    x9 = corners(x2)
    x10 = inbox(x9)
    x11 = center(x10)
    x12 = rbind(index, x11)
    x13 = x12(I)
    x14 = matcher(leastcolor, x13)
    x15 = extract(x8, x14)
    x16 = x7(x15)
    O = subgrid(x2, x16)
    return O


def objs_0021(I):
    x1 = objects(I, T, T, T)
    x2 = sizefilter(x1, FOUR)
    x3 = first(x2)
    x4 = objects(I, T, F, F)
    x5 = compose(normalize, hmirror)
    x6 = apply(x5, x4)
    x7 = last(x6)
    x8 = color(x7)
    O = underfill(I, x8, x3)
    return O


def objs_0022(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = subgrid(x2, I)
    x4 = objects(I, T, F, T)
    x5 = compose(leastcolor, vmirror)
    x6 = argmin(x4, x5)
    x7 = fill(x3, FIVE, x6)
    x8 = cmirror(x7)
    x9 = argmin(x4, height)
    x10 = sizefilter(x4, ONE)
    x11 = last(x10)
    x12 = argmin(x10, x5)
    x13 = gravitate(x11, x12)
    O = move(x8, x9, x13)
    return O


def objs_0023(I):
    x1 = rbind(toobject, I)
    x2 = objects(I, T, F, T)
    x3 = argmin(x2, width)
    x4 = center(x3)
    x5 = ineighbors(x4)
    x6 = x1(x5)
    x7 = normalize(x6)
    x8 = objects(I, F, T, T)
    x9 = first(x8)
    x10 = subgrid(x9, I)
    x11 = objects(x10, F, T, F)
    x12 = argmax(x11, color)
    x13 = paint(I, x12)
    x14 = vconcat(x10, x13)
    O = subgrid(x7, x14)
    return O


def objs_0024(I):
    x1 = asindices(I)
    x2 = subgrid(x1, I)
    x3 = urcorner(x1)
    x4 = vfrontier(x3)
    x5 = objects(I, T, F, T)
    x6 = argmin(x5, size)
    x7 = color(x6)
    x8 = recolor(x7, x4)
    x9 = paint(x2, x8)
    x10 = rbind(shoot, UNITY)
    x11 = chain(x10, toivec, leftmost)
    x12 = compose(halve, rightmost)
    x13 = compose(x12, x11)
    x14 = argmin(x5, x13)
    O = underpaint(x9, x14)
    return O


def objs_0025(I):
    x1 = asobject(I)
    x2 = underfill(I, TWO, x1)
    x3 = hconcat(I, x2)
    x4 = downscale(x3, TWO)
    x5 = compress(x4)
    x6 = objects(I, T, T, T)
    x7 = palette(I)
    x8 = mostcolor(I)
    x9 = other(x7, x8)
    x10 = rbind(colorcount, x9)
    x11 = argmax(x6, x10)
    O = paint(x5, x11)
    return O


def objs_0026(I):
    x1 = objects(I, F, T, T)
    x2 = matcher(uppermost, TWO)
    x3 = sfilter(x1, x2)
    x4 = first(x3)
    x5 = normalize(x4)
    x6 = ofcolor(I, THREE)
    x7 = cover(I, x6)
    x8 = asobject(I)
    x9 = underpaint(x7, x8)
    x10 = argmax(x1, size)
    x11 = paint(x9, x10)
    x12 = paint(x11, x4)
    O = subgrid(x5, x12)
    return O


def objs_0027(I):
    x1 = objects(I, T, T, T)
    x2 = argmin(x1, color)
    x3 = lbind(cover, I)
    x4 = x3(x2)
    x5 = first(x1)
    x6 = mostcolor(I)
    x7 = fill(x4, x6, x5)
    x8 = objects(I, F, T, T)
    x9 = first(x8)
    x10 = paint(x7, x9)
    x11 = subgrid(x2, x10)
    O = paint(x11, x9)
    return O


def objs_0028(I):
    x1 = partition(I)
    x2 = leastcolor(I)
    x3 = colorfilter(x1, x2)
    x4 = first(x1)
    x5 = color(x4)
    x6 = matcher(color, x5)
    x7 = sfilter(x3, x6)
    x8 = last(x7)
    O = fill(I, ONE, x8)
    return O


def objs_0029(I):
    x1 = fgpartition(I)
    x2 = compose(vline, outbox)
    x3 = compose(flip, x2)
    x4 = mfilter(x1, x3)
    x5 = shape(x4)
    x6 = mostcolor(I)
    x7 = canvas(x6, x5)
    x8 = fork(both, x3, vline)
    x9 = sfilter(x1, x8)
    x10 = extract(x9, x8)
    x11 = hmirror(x10)
    O = underpaint(x7, x11)
    return O


def objs_0030(I):
    x1 = objects(I, F, F, T)
    x2 = apply(box, x1)
    x3 = objects(I, T, T, T)
    x4 = sizefilter(x3, ONE)
    x5 = last(x4)
    x6 = lbind(manhattan, x5)
    x7 = fork(add, x6, rightmost)
    x8 = power(decrement, TWO)
    x9 = power(halve, TWO)
    x10 = chain(x9, x8, x7)
    x11 = argmax(x2, x10)
    x12 = argmin(x4, size)
    x13 = mostcolor(x12)
    O = fill(I, x13, x11)
    return O


def objs_0031(I):
    x1 = ofcolor(I, THREE)
    x2 = bordering(x1, I)
    x3 = fill(I, FOUR, x1)
    x4 = branch(x2, I, x3)
    x5 = corners(x1)
    x6 = asobject(I)
    x7 = color(x6)
    x8 = fill(x4, x7, x5)
    x9 = objects(I, T, F, T)
    x10 = rbind(colorcount, x7)
    x11 = order(x9, x10)
    x12 = first(x11)
    x13 = backdrop(x12)
    x14 = shape(x13)
    x15 = move(x8, x12, x14)
    x16 = shape(x12)
    x17 = vfrontier(x16)
    x18 = toobject(x17, I)
    x19 = ulcorner(x18)
    x20 = crop(x15, x19, x16)
    O = move(x20, x18, x14)
    return O


def objs_0032(I):
    x1 = fork(shift, identity, center)
    x2 = compose(toindices, x1)
    x3 = chain(x2, x1, cmirror)
    x4 = objects(I, F, T, T)
    x5 = mapply(x3, x4)
    x6 = outbox(x5)
    x7 = shape(x5)
    x8 = leastcolor(I)
    x9 = canvas(x8, x7)
    x10 = righthalf(x9)
    x11 = argmax(x4, size)
    x12 = color(x11)
    x13 = rbind(colorcount, x12)
    x14 = order(x4, x13)
    x15 = last(x14)
    x16 = paint(x10, x15)
    O = subgrid(x6, x16)
    return O


def objs_0033(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = color(x2)
    x4 = colorfilter(x1, x3)
    x5 = rbind(bordering, I)
    x6 = mfilter(x4, x5)
    x7 = rbind(paint, x6)
    x8 = argmax(x4, size)
    x9 = paint(I, x8)
    x10 = x7(x9)
    x11 = first(x4)
    x12 = contained(x11, x4)
    x13 = toindices(x2)
    x14 = rbind(shoot, UNITY)
    x15 = mapply(x14, x13)
    x16 = toobject(x15, x10)
    x17 = branch(x12, x16, x8)
    O = paint(x10, x17)
    return O


def objs_0034(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, size)
    x3 = paint(I, x2)
    x4 = asobject(I)
    x5 = mostcolor(I)
    x6 = fill(x3, x5, x4)
    x7 = outbox(x4)
    x8 = delta(x7)
    x9 = rbind(contained, x8)
    x10 = sfilter(x7, x9)
    x11 = cover(x6, x10)
    x12 = cover(x11, x4)
    O = cover(x12, x4)
    return O


def objs_0035(I):
    x1 = bottomhalf(I)
    x2 = rbind(shoot, DOWN)
    x3 = objects(I, F, F, T)
    x4 = argmin(x3, size)
    x5 = center(x4)
    x6 = add(x5, UP_RIGHT)
    x7 = x2(x6)
    x8 = rbind(contained, x7)
    x9 = sfilter(x7, x8)
    O = underfill(x1, TWO, x9)
    return O


def objs_0036(I):
    x1 = asobject(I)
    x2 = llcorner(x1)
    x3 = move(I, x1, x2)
    x4 = leastcolor(I)
    x5 = ofcolor(I, x4)
    x6 = compose(cmirror, neighbors)
    x7 = mapply(x6, x5)
    x8 = fill(x3, x4, x7)
    x9 = recolor(x4, x5)
    x10 = paint(x8, x9)
    x11 = objects(I, F, T, T)
    x12 = colorfilter(x11, x4)
    x13 = rbind(shift, UNITY)
    x14 = power(x13, THREE)
    x15 = compose(height, x14)
    x16 = argmax(x12, x15)
    O = cover(x10, x16)
    return O


def objs_0037(I):
    x1 = partition(I)
    x2 = argmin(x1, leftmost)
    x3 = remove(x2, x1)
    x4 = first(x3)
    x5 = leastcolor(I)
    x6 = ofcolor(I, x5)
    x7 = outbox(x6)
    x8 = box(x7)
    x9 = cover(I, x8)
    x10 = argmax(x3, width)
    x11 = cover(x9, x10)
    x12 = lbind(shift, x4)
    x13 = lrcorner(x4)
    x14 = x12(x13)
    x15 = fill(x11, x5, x14)
    x16 = subgrid(x4, x15)
    O = paint(x16, x14)
    return O


def objs_0038(I):
    x1 = partition(I)
    x2 = argmin(x1, size)
    x3 = delta(x2)
    x4 = fill(I, SEVEN, x3)
    x5 = fgpartition(x4)
    x6 = colorfilter(x5, ZERO)
    x7 = fork(add, lowermost, mostcolor)
    x8 = argmax(x6, x7)
    x9 = lefthalf(I)
    O = subgrid(x8, x9)
    return O


def objs_0039(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = cmirror(I)
    x4 = subgrid(x2, x3)
    x5 = rbind(toobject, I)
    x6 = x5(x2)
    x7 = cover(x4, x6)
    x8 = cover(x7, x6)
    O = fill(x8, SEVEN, x2)
    return O
