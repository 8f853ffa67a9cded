from dsl import *


def objs_0320(I):
    x1 = asobject(I)
    x2 = center(x1)
    x3 = rbind(shift, x2)
    x4 = x3(x1)
    x5 = move(I, x4, ZERO_BY_TWO)
    x6 = mostcolor(I)
    x7 = ofcolor(I, x6)
    x8 = leastcolor(x1)
    O = fill(x5, x8, x7)
    return O


def objs_0321(I):
    x1 = objects(I, T, F, T)
    x2 = mapply(box, x1)
    x3 = argmax(x1, leftmost)
    x4 = occurrences(I, x3)
    x5 = rbind(contained, x4)
    x6 = sfilter(x2, x5)
    x7 = hmirror(x6)
    x8 = leastcolor(I)
    O = underfill(I, x8, x7)
    return O


def objs_0322(I):
    x1 = frontiers(I)
    x2 = argmax(x1, uppermost)
    x3 = centerofmass(x2)
    x4 = lbind(connect, x3)
    x5 = compose(x4, center)
    x6 = lbind(subtract, TWO)
    x7 = chain(x6, width, x5)
    x8 = argmin(x1, x7)
    O = paint(I, x8)
    return O


def objs_0323(I):
    x1 = rbind(shift, TWO_BY_TWO)
    x2 = compose(x1, merge)
    x3 = objects(I, T, F, T)
    x4 = matcher(color, SEVEN)
    x5 = sfilter(x3, x4)
    x6 = x2(x5)
    x7 = rbind(index, UP_RIGHT)
    x8 = box(x6)
    x9 = underfill(I, TWO, x8)
    x10 = rbind(subgrid, x9)
    x11 = x10(x8)
    x12 = objects(I, F, T, T)
    x13 = argmax(x12, mostcolor)
    x14 = move(x11, x13, THREE_BY_THREE)
    x15 = x7(x14)
    O = fill(I, x15, x6)
    return O


def objs_0324(I):
    x1 = partition(I)
    x2 = argmin(x1, size)
    x3 = toindices(x2)
    x4 = lbind(position, x3)
    x5 = apply(x4, x1)
    x6 = mapply(vfrontier, x5)
    x7 = cover(I, x6)
    x8 = rbind(shoot, RIGHT)
    x9 = compose(x8, llcorner)
    x10 = mapply(x9, x1)
    x11 = mostcolor(I)
    x12 = recolor(x11, x10)
    O = move(x7, x12, ZERO_BY_TWO)
    return O


def objs_0325(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, uppermost)
    x3 = color(x2)
    x4 = rbind(colorcount, x3)
    x5 = argmax(x1, x4)
    x6 = shape(x5)
    x7 = canvas(x3, x6)
    x8 = rot180(x7)
    x9 = argmin(x1, width)
    x10 = lbind(manhattan, x9)
    x11 = rbind(argmin, x10)
    x12 = x11(x1)
    O = fill(x8, FOUR, x12)
    return O


def objs_0326(I):
    x1 = trim(I)
    x2 = ofcolor(I, FIVE)
    x3 = toobject(x2, I)
    x4 = leastcolor(I)
    x5 = fill(x1, x4, x3)
    x6 = objects(I, T, F, T)
    x7 = argmin(x6, height)
    x8 = lbind(manhattan, x7)
    x9 = argmax(x6, x8)
    x10 = toindices(x9)
    x11 = mostcolor(I)
    x12 = recolor(x11, x10)
    x13 = ulcorner(x12)
    x14 = move(x5, x9, x13)
    x15 = gravitate(x7, x10)
    O = move(x14, x7, x15)
    return O


def objs_0327(I):
    x1 = hmirror(I)
    x2 = objects(I, T, F, T)
    x3 = argmin(x2, height)
    x4 = underpaint(x1, x3)
    x5 = underpaint(x4, x3)
    x6 = fork(intersection, cmirror, dmirror)
    x7 = ofcolor(I, NINE)
    x8 = x6(x7)
    x9 = recolor(FIVE, x8)
    x10 = paint(x5, x9)
    O = cover(x10, x9)
    return O


def objs_0328(I):
    x1 = objects(I, T, T, F)
    x2 = leastcolor(I)
    x3 = matcher(leastcolor, x2)
    x4 = sfilter(x1, x3)
    x5 = shape(I)
    x6 = rbind(shift, x5)
    x7 = apply(x6, x4)
    x8 = argmax(x7, size)
    O = paint(I, x8)
    return O


def objs_0329(I):
    x1 = tophalf(I)
    x2 = objects(I, T, T, T)
    x3 = argmin(x2, width)
    x4 = leastcolor(I)
    x5 = fill(x1, x4, x3)
    x6 = argmax(x2, size)
    x7 = fill(x5, x4, x6)
    x8 = argmax(x2, numcolors)
    x9 = underpaint(x7, x8)
    x10 = lbind(colorcount, I)
    x11 = chain(leftmost, hmirror, hmirror)
    x12 = apply(x11, x2)
    x13 = argmax(x12, x10)
    O = colorcount(x9, x13)
    return O


def objs_0330(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = llcorner(x2)
    x4 = dneighbors(x3)
    x5 = dmirror(x4)
    x6 = shape(x5)
    x7 = canvas(x1, x6)
    x8 = objects(I, F, F, T)
    x9 = chain(vmirror, dmirror, vmirror)
    x10 = chain(x9, x9, x9)
    x11 = apply(x10, x8)
    x12 = last(x11)
    x13 = objects(I, T, F, T)
    x14 = first(x13)
    x15 = color(x14)
    O = fill(x7, x15, x12)
    return O


def objs_0331(I):
    x1 = positive(FOUR)
    x2 = ofcolor(I, NINE)
    x3 = shape(x2)
    x4 = mostcolor(I)
    x5 = canvas(x4, x3)
    x6 = righthalf(I)
    x7 = branch(x1, x5, x6)
    x8 = objects(I, F, T, T)
    x9 = colorfilter(x8, x4)
    x10 = fork(intersection, corners, toindices)
    x11 = fork(recolor, color, x10)
    x12 = apply(x11, x9)
    x13 = merge(x12)
    O = fill(x7, x4, x13)
    return O


def objs_0332(I):
    x1 = ofcolor(I, FOUR)
    x2 = corners(x1)
    x3 = toobject(x2, I)
    x4 = lbind(shift, x3)
    x5 = x4(ZERO_BY_TWO)
    x6 = objects(I, T, F, F)
    x7 = objects(I, T, F, T)
    x8 = combine(x6, x7)
    x9 = order(x8, uppermost)
    x10 = last(x9)
    x11 = fill(I, THREE, x10)
    O = subgrid(x5, x11)
    return O


def objs_0333(I):
    x1 = objects(I, T, T, T)
    x2 = sizefilter(x1, TWO)
    x3 = compose(halve, leftmost)
    x4 = argmin(x2, x3)
    x5 = fill(I, EIGHT, x4)
    x6 = compress(x5)
    x7 = argmax(x2, rightmost)
    x8 = mostcolor(I)
    x9 = fill(x6, x8, x7)
    x10 = subgrid(x4, x9)
    O = paint(x10, x7)
    return O


def objs_0334(I):
    x1 = objects(I, T, F, T)
    x2 = fork(multiply, numcolors, size)
    x3 = argmax(x1, x2)
    x4 = hconcat(I, I)
    x5 = paint(x4, x3)
    x6 = subgrid(x3, x5)
    x7 = argmin(x1, height)
    x8 = corners(x7)
    x9 = argmin(x1, width)
    x10 = gravitate(x9, x8)
    x11 = move(x6, x9, x10)
    O = paint(x11, x9)
    return O


def objs_0335(I):
    x1 = asobject(I)
    x2 = ofcolor(I, NINE)
    x3 = lrcorner(x2)
    x4 = move(I, x1, x3)
    x5 = cmirror(x4)
    x6 = fgpartition(I)
    x7 = sfilter(x6, vline)
    x8 = corners(x1)
    x9 = toobject(x8, I)
    x10 = lbind(hmatching, x9)
    x11 = extract(x7, x10)
    x12 = paint(x5, x11)
    O = underpaint(x12, x11)
    return O


def objs_0336(I):
    x1 = objects(I, T, T, T)
    x2 = apply(vmirror, x1)
    x3 = matcher(height, ONE)
    x4 = fork(both, vline, x3)
    x5 = mfilter(x2, x4)
    x6 = box(x5)
    x7 = recolor(EIGHT, x6)
    x8 = delta(x7)
    x9 = sizefilter(x2, THREE)
    x10 = first(x9)
    x11 = gravitate(x10, x8)
    O = move(I, x10, x11)
    return O


def objs_0337(I):
    x1 = asobject(I)
    x2 = outbox(x1)
    x3 = lbind(position, x2)
    x4 = bordering(x2, I)
    x5 = partition(I)
    x6 = objects(I, T, F, T)
    x7 = branch(x4, x5, x6)
    x8 = apply(x3, x7)
    x9 = lbind(position, x8)
    x10 = apply(x9, x6)
    O = subgrid(x10, I)
    return O


def objs_0338(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, width)
    x3 = underpaint(I, x2)
    x4 = first(x1)
    x5 = paint(x3, x4)
    x6 = leftmost(x4)
    x7 = astuple(THREE, x6)
    x8 = move(x5, x4, x7)
    x9 = trim(x8)
    x10 = sizefilter(x1, TWO)
    x11 = first(x10)
    x12 = lbind(manhattan, x11)
    x13 = argmax(x1, x12)
    O = underpaint(x9, x13)
    return O


def objs_0339(I):
    x1 = objects(I, T, F, F)
    x2 = objects(I, T, F, T)
    x3 = argmin(x2, height)
    x4 = rbind(adjacent, x3)
    x5 = sfilter(x1, x4)
    x6 = last(x5)
    x7 = asobject(I)
    x8 = bordering(x7, I)
    x9 = ofcolor(I, SIX)
    x10 = shape(x9)
    x11 = canvas(EIGHT, x10)
    x12 = branch(x8, I, x11)
    x13 = subgrid(x6, x12)
    O = fill(x13, THREE, x7)
    return O
