from dsl import *


def objs_0060(I):
    x1 = objects(I, F, T, F)
    x2 = argmin(x1, uppermost)
    x3 = paint(I, x2)
    x4 = first(x1)
    x5 = fill(x3, ONE, x4)
    x6 = inbox(x4)
    x7 = cover(x5, x6)
    x8 = lbind(shift, x4)
    x9 = x8(THREE_BY_THREE)
    x10 = shift(x9, DOWN)
    x11 = paint(x7, x10)
    O = move(x11, x10, UNITY)
    return O


def objs_0061(I):
    x1 = objects(I, T, F, T)
    x2 = leastcolor(I)
    x3 = colorfilter(x1, x2)
    x4 = chain(halve, size, toindices)
    x5 = argmin(x3, x4)
    x6 = paint(I, x5)
    x7 = fill(x6, x2, x5)
    x8 = box(x5)
    x9 = delta(x8)
    x10 = difference(x8, x9)
    x11 = cover(x7, x10)
    x12 = subgrid(x5, x11)
    x13 = ofcolor(I, ONE)
    O = fill(x12, x2, x13)
    return O


def objs_0062(I):
    x1 = objects(I, F, T, T)
    x2 = argmin(x1, leftmost)
    x3 = remove(x2, x1)
    x4 = rbind(shift, DOWN)
    x5 = power(x4, TWO)
    x6 = apply(x5, x3)
    x7 = order(x6, width)
    x8 = first(x7)
    O = paint(I, x8)
    return O


def objs_0063(I):
    x1 = objects(I, F, F, F)
    x2 = argmin(x1, size)
    x3 = hline(x2)
    x4 = first(x1)
    x5 = branch(x3, x2, x4)
    x6 = recolor(TWO, x5)
    x7 = paint(I, x6)
    x8 = box(x6)
    x9 = delta(x8)
    x10 = leastcolor(I)
    x11 = ofcolor(I, x10)
    x12 = rbind(contained, x11)
    x13 = sfilter(x9, x12)
    x14 = lbind(position, x13)
    x15 = apply(x14, x1)
    x16 = corners(x15)
    O = fill(x7, x10, x16)
    return O


def objs_0064(I):
    x1 = partition(I)
    x2 = compose(normalize, vmirror)
    x3 = compose(backdrop, outbox)
    x4 = chain(height, x3, x2)
    x5 = argmax(x1, x4)
    x6 = underpaint(I, x5)
    x7 = remove(x5, x1)
    x8 = fork(subtract, x4, lowermost)
    x9 = matcher(x8, TWO)
    x10 = mfilter(x7, x9)
    x11 = delta(x10)
    x12 = argmax(x7, leftmost)
    x13 = color(x12)
    O = underfill(x6, x13, x11)
    return O


def objs_0065(I):
    x1 = rot180(I)
    x2 = rbind(subgrid, x1)
    x3 = fgpartition(I)
    x4 = argmin(x3, uppermost)
    x5 = delta(x4)
    x6 = x2(x5)
    x7 = toindices(x4)
    x8 = toobject(x7, I)
    x9 = underpaint(x6, x8)
    x10 = underfill(x9, EIGHT, x7)
    O = underpaint(x10, x8)
    return O


def objs_0066(I):
    x1 = objects(I, T, F, F)
    x2 = first(x1)
    x3 = remove(x2, x1)
    x4 = argmin(x3, size)
    x5 = paint(I, x4)
    x6 = first(x3)
    x7 = mostcolor(I)
    x8 = fill(x5, x7, x6)
    x9 = vmirror(x8)
    x10 = subgrid(x4, x9)
    x11 = rbind(sizefilter, ONE)
    x12 = objects(x8, T, F, T)
    x13 = x11(x12)
    x14 = rbind(colorcount, x7)
    x15 = argmax(x13, x14)
    O = fill(x10, x7, x15)
    return O


def objs_0067(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, leftmost)
    x3 = urcorner(x2)
    x4 = rbind(shift, x3)
    x5 = chain(width, outbox, x4)
    x6 = argmin(x1, x5)
    x7 = shape(x6)
    x8 = canvas(ONE, x7)
    x9 = objects(I, F, F, T)
    x10 = argmin(x9, x5)
    x11 = box(x10)
    x12 = compose(double, urcorner)
    x13 = compose(hfrontier, decrement)
    x14 = compose(x13, x12)
    x15 = x14(x11)
    x16 = difference(x11, x15)
    O = underfill(x8, THREE, x16)
    return O


def objs_0068(I):
    x1 = ofcolor(I, ONE)
    x2 = matcher(halve, ONE)
    x3 = objects(I, F, F, T)
    x4 = argmax(x3, numcolors)
    x5 = height(x4)
    x6 = x2(x5)
    x7 = underfill(I, SIX, x4)
    x8 = branch(x6, I, x7)
    x9 = subgrid(x1, x8)
    x10 = objects(I, T, F, F)
    x11 = argmax(x10, color)
    O = cover(x9, x11)
    return O


def objs_0069(I):
    x1 = vconcat(I, I)
    x2 = objects(I, F, F, T)
    x3 = argmax(x2, numcolors)
    x4 = paint(x1, x3)
    x5 = power(vmirror, THREE)
    x6 = mapply(x5, x2)
    x7 = underpaint(x4, x6)
    x8 = cmirror(x7)
    x9 = backdrop(x6)
    x10 = width(x9)
    x11 = toivec(x10)
    x12 = dneighbors(x11)
    x13 = toobject(x12, I)
    O = move(x8, x13, ZERO_BY_TWO)
    return O


def objs_0070(I):
    x1 = ofcolor(I, ONE)
    x2 = shape(x1)
    x3 = asobject(I)
    x4 = color(x3)
    x5 = canvas(x4, x2)
    x6 = objects(I, T, T, T)
    x7 = sizefilter(x6, THREE)
    x8 = argmax(x7, height)
    x9 = fill(x5, SEVEN, x8)
    x10 = rbind(shift, x2)
    x11 = compose(cmirror, outbox)
    x12 = chain(rightmost, x11, x10)
    x13 = fork(subtract, numcolors, x12)
    x14 = argmax(x7, x13)
    O = underfill(x9, x4, x14)
    return O


def objs_0071(I):
    x1 = objects(I, T, T, T)
    x2 = argmax(x1, size)
    x3 = move(I, x2, UP_RIGHT)
    x4 = argmin(x1, height)
    x5 = gravitate(x4, x2)
    x6 = move(x3, x4, x5)
    x7 = merge(x1)
    x8 = mostcolor(I)
    x9 = fill(x6, x8, x7)
    x10 = rbind(upscale, TWO)
    x11 = compose(x10, merge)
    x12 = x11(x1)
    x13 = paint(x9, x12)
    x14 = asindices(I)
    O = fill(x13, x8, x14)
    return O


def objs_0072(I):
    x1 = fgpartition(I)
    x2 = first(x1)
    x3 = objects(I, T, T, T)
    x4 = sizefilter(x3, THREE)
    x5 = first(x4)
    x6 = argmin(x3, width)
    x7 = gravitate(x6, x5)
    x8 = move(I, x6, x7)
    x9 = leastcolor(I)
    x10 = fill(x8, x9, x2)
    x11 = compose(cmirror, dmirror)
    x12 = apply(x11, x1)
    x13 = argmin(x12, leastcolor)
    x14 = paint(x10, x13)
    x15 = colorfilter(x12, x9)
    x16 = first(x15)
    O = paint(x14, x16)
    return O


def objs_0073(I):
    x1 = matcher(height, THREE)
    x2 = rbind(extract, x1)
    x3 = fgpartition(I)
    x4 = compose(even, color)
    x5 = sfilter(x3, x4)
    x6 = x2(x5)
    x7 = shape(x6)
    x8 = first(x5)
    x9 = mostcolor(x8)
    x10 = canvas(x9, x7)
    O = move(x10, x6, x7)
    return O


def objs_0074(I):
    x1 = partition(I)
    x2 = argmin(x1, height)
    x3 = corners(x2)
    x4 = lrcorner(x3)
    x5 = double(x4)
    x6 = lbind(connect, x5)
    x7 = subtract(x5, x5)
    x8 = x6(x7)
    x9 = mostcolor(x2)
    x10 = recolor(x9, x8)
    x11 = mostcolor(I)
    O = fill(I, x11, x10)
    return O


def objs_0075(I):
    x1 = fork(multiply, rightmost, uppermost)
    x2 = fork(multiply, x1, numcolors)
    x3 = rbind(argmin, x2)
    x4 = objects(I, T, T, F)
    x5 = first(x4)
    x6 = initset(x5)
    x7 = fill(I, ONE, x5)
    x8 = vconcat(x7, x7)
    x9 = rbind(bordering, x8)
    x10 = sfilter(x6, x9)
    x11 = x3(x10)
    x12 = merge(x10)
    x13 = width(x12)
    x14 = size(x12)
    x15 = astuple(x13, x14)
    x16 = move(x8, x12, x15)
    x17 = argmax(x10, x2)
    x18 = move(x16, x17, x15)
    O = subgrid(x11, x18)
    return O


def objs_0076(I):
    x1 = rbind(shoot, RIGHT)
    x2 = partition(I)
    x3 = first(x2)
    x4 = lrcorner(x3)
    x5 = urcorner(x3)
    x6 = subtract(x5, DOWN)
    x7 = add(x4, x6)
    x8 = x1(x7)
    O = underfill(I, SIX, x8)
    return O


def objs_0077(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, lowermost)
    x3 = lbind(paint, I)
    x4 = argmax(x1, uppermost)
    x5 = x3(x4)
    x6 = subgrid(x2, x5)
    x7 = righthalf(x6)
    x8 = objects(I, T, T, T)
    x9 = argmin(x8, leastcolor)
    x10 = argmin(x8, height)
    x11 = gravitate(x10, x9)
    O = move(x7, x10, x11)
    return O


def objs_0078(I):
    x1 = objects(I, T, F, T)
    x2 = rbind(difference, x1)
    x3 = x2(x1)
    x4 = apply(corners, x3)
    x5 = compose(flip, hline)
    x6 = fork(either, portrait, x5)
    x7 = mfilter(x4, x6)
    x8 = leastcolor(I)
    O = fill(I, x8, x7)
    return O


def objs_0079(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = move(I, x2, NEG_UNITY)
    x4 = argmin(x1, size)
    x5 = paint(x3, x4)
    x6 = cover(x5, x2)
    x7 = bottomhalf(x6)
    x8 = sizefilter(x1, FOUR)
    x9 = centerofmass(x4)
    x10 = ineighbors(x9)
    x11 = lbind(position, x10)
    x12 = fork(shift, identity, x11)
    x13 = mapply(x12, x8)
    O = fill(x7, TWO, x13)
    return O
