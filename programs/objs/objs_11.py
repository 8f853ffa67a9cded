from dsl import *


def objs_0220(I):
    x1 = lbind(recolor, FIVE)
    x2 = objects(I, T, T, T)
    x3 = first(x2)
    x4 = box(x3)
    x5 = centerofmass(x4)
    x6 = center(x3)
    x7 = connect(x5, x6)
    x8 = x1(x7)
    x9 = mostcolor(I)
    x10 = recolor(x9, x4)
    x11 = centerofmass(x10)
    x12 = shift(x8, x11)
    x13 = leastcolor(I)
    x14 = ofcolor(I, x13)
    x15 = lbind(position, x14)
    x16 = llcorner(x14)
    x17 = shift(x3, x16)
    x18 = x15(x17)
    O = move(I, x12, x18)
    return O


def objs_0221(I):
    x1 = trim(I)
    x2 = fgpartition(I)
    x3 = sfilter(x2, hline)
    x4 = argmax(x3, width)
    x5 = centerofmass(x4)
    x6 = rbind(shift, x5)
    x7 = compose(color, x6)
    x8 = rbind(subtract, TWO)
    x9 = chain(x8, x7, cmirror)
    x10 = argmin(x3, x9)
    O = cover(x1, x10)
    return O


def objs_0222(I):
    x1 = asindices(I)
    x2 = toobject(x1, I)
    x3 = fgpartition(I)
    x4 = argmax(x3, height)
    x5 = cover(I, x4)
    x6 = subgrid(x2, x5)
    x7 = fork(add, width, lowermost)
    x8 = chain(invert, x7, backdrop)
    x9 = argmax(x3, x8)
    x10 = fill(x6, THREE, x9)
    x11 = merge(x3)
    x12 = shift(x11, TWO_BY_TWO)
    x13 = color(x12)
    O = fill(x10, x13, x11)
    return O


def objs_0223(I):
    x1 = objects(I, T, T, T)
    x2 = first(x1)
    x3 = corners(x2)
    x4 = urcorner(x3)
    x5 = hfrontier(x4)
    x6 = lbind(connect, TWO_BY_TWO)
    x7 = mapply(x6, x5)
    O = outbox(x7)
    return O


def objs_0224(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, numcolors)
    x3 = delta(x2)
    x4 = ulcorner(x3)
    x5 = multiply(x4, TWO)
    x6 = shift(x2, x5)
    x7 = lbind(colorcount, I)
    x8 = apply(height, x1)
    x9 = argmax(x8, x7)
    x10 = fill(I, x9, x6)
    O = fill(x10, x9, x6)
    return O


def objs_0225(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, height)
    x3 = color(x2)
    x4 = ofcolor(I, x3)
    x5 = backdrop(x4)
    x6 = sizefilter(x1, THREE)
    x7 = compose(cmirror, normalize)
    x8 = fork(recolor, color, corners)
    x9 = compose(x8, x7)
    x10 = mapply(x9, x6)
    x11 = paint(I, x10)
    O = subgrid(x5, x11)
    return O


def objs_0226(I):
    x1 = fgpartition(I)
    x2 = compose(uppermost, delta)
    x3 = argmin(x1, x2)
    x4 = mostcolor(I)
    x5 = fill(I, x4, x3)
    x6 = underfill(x5, x4, x3)
    x7 = move(x6, x3, LEFT)
    x8 = argmax(x1, leftmost)
    x9 = leastcolor(I)
    x10 = fill(x7, x9, x8)
    x11 = argmax(x1, size)
    x12 = paint(x10, x11)
    x13 = rbind(bordering, x12)
    x14 = mfilter(x1, x13)
    O = paint(x6, x14)
    return O


def objs_0227(I):
    x1 = objects(I, T, F, T)
    x2 = fork(multiply, numcolors, mostcolor)
    x3 = argmax(x1, x2)
    x4 = paint(I, x3)
    x5 = first(x1)
    x6 = fill(x4, THREE, x5)
    x7 = compose(rightmost, box)
    x8 = matcher(x7, TWO)
    x9 = extract(x1, x8)
    O = paint(x6, x9)
    return O


def objs_0228(I):
    x1 = objects(I, T, T, F)
    x2 = merge(x1)
    x3 = power(hmirror, TWO)
    x4 = compose(color, x3)
    x5 = move(I, x2, UP_RIGHT)
    x6 = lbind(ofcolor, x5)
    x7 = leftmost(x2)
    x8 = x6(x7)
    x9 = argmin(x1, numcolors)
    x10 = mostcolor(x9)
    x11 = recolor(x10, x8)
    x12 = x4(x11)
    O = underfill(I, x12, x2)
    return O


def objs_0229(I):
    x1 = partition(I)
    x2 = rbind(upscale, TWO)
    x3 = compose(dmirror, outbox)
    x4 = objects(I, T, F, T)
    x5 = argmin(x4, height)
    x6 = lbind(manhattan, x5)
    x7 = chain(x6, corners, x3)
    x8 = compose(x7, x2)
    x9 = argmax(x1, x8)
    O = fill(I, THREE, x9)
    return O


def objs_0230(I):
    x1 = frontiers(I)
    x2 = leastcolor(I)
    x3 = argmax(x1, size)
    x4 = rbind(vmatching, x3)
    x5 = sfilter(x1, x4)
    x6 = last(x5)
    x7 = shape(x6)
    O = canvas(x2, x7)
    return O


def objs_0231(I):
    x1 = shape(I)
    x2 = fork(recolor, color, outbox)
    x3 = compose(mostcolor, x2)
    x4 = objects(I, F, F, T)
    x5 = mostcolor(I)
    x6 = rbind(colorcount, x5)
    x7 = argmin(x4, x6)
    x8 = x3(x7)
    x9 = canvas(x8, x1)
    x10 = corners(x7)
    x11 = toobject(x10, I)
    x12 = leastcolor(I)
    O = fill(x9, x12, x11)
    return O


def objs_0232(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = box(x2)
    x4 = intersection(x2, x3)
    x5 = fork(vconcat, identity, cmirror)
    x6 = x5(I)
    x7 = asobject(x6)
    x8 = shape(x6)
    x9 = move(x6, x7, x8)
    O = subgrid(x4, x9)
    return O


def objs_0233(I):
    x1 = rbind(astuple, ONE)
    x2 = x1(THREE)
    x3 = shoot(x2, UP_RIGHT)
    x4 = partition(I)
    x5 = argmin(x4, size)
    x6 = leastcolor(I)
    x7 = ofcolor(I, x6)
    x8 = vmatching(x5, x7)
    x9 = shape(x5)
    x10 = canvas(x6, x9)
    x11 = rbind(subgrid, x10)
    x12 = x11(x7)
    x13 = branch(x8, x12, x10)
    x14 = subgrid(x3, x13)
    O = underpaint(x14, x5)
    return O


def objs_0234(I):
    x1 = objects(I, F, F, T)
    x2 = argmax(x1, height)
    x3 = inbox(x2)
    x4 = corners(x3)
    x5 = color(x2)
    x6 = fill(I, x5, x4)
    x7 = lbind(ofcolor, x6)
    x8 = argmin(x1, size)
    x9 = manhattan(x8, x8)
    x10 = x7(x9)
    x11 = fill(I, SEVEN, x10)
    x12 = objects(x11, T, F, T)
    x13 = argmin(x12, size)
    x14 = gravitate(x13, x8)
    O = move(x11, x13, x14)
    return O


def objs_0235(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = lbind(connect, THREE_BY_THREE)
    x4 = mapply(x3, x2)
    x5 = shape(x4)
    x6 = shoot(x5, UP_RIGHT)
    x7 = shape(x6)
    O = canvas(x1, x7)
    return O


def objs_0236(I):
    x1 = ofcolor(I, EIGHT)
    x2 = rbind(contained, x1)
    x3 = compose(flip, x2)
    x4 = sfilter(x1, x3)
    x5 = objects(I, T, T, T)
    x6 = argmin(x5, leftmost)
    x7 = mostcolor(x6)
    x8 = recolor(x7, x4)
    x9 = box(x8)
    x10 = mostcolor(I)
    O = fill(I, x10, x9)
    return O


def objs_0237(I):
    x1 = objects(I, T, F, T)
    x2 = fork(connect, shape, llcorner)
    x3 = compose(lowermost, x2)
    x4 = argmax(x1, x3)
    x5 = shape(x4)
    x6 = mostcolor(I)
    x7 = canvas(x6, x5)
    x8 = fgpartition(I)
    x9 = mapply(outbox, x8)
    x10 = toobject(x9, I)
    O = underfill(x7, ZERO, x10)
    return O


def objs_0238(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, FOUR)
    x3 = combine(x1, x2)
    x4 = rbind(index, ORIGIN)
    x5 = ofcolor(I, ONE)
    x6 = delta(x5)
    x7 = box(x6)
    x8 = subgrid(x7, I)
    x9 = x4(x8)
    x10 = matcher(mostcolor, x9)
    x11 = sfilter(x3, x10)
    x12 = merge(x11)
    O = underpaint(I, x12)
    return O


def objs_0239(I):
    x1 = objects(I, T, F, T)
    x2 = merge(x1)
    x3 = underpaint(I, x2)
    x4 = righthalf(x3)
    x5 = first(x1)
    x6 = lbind(position, x5)
    x7 = argmax(x1, width)
    x8 = outbox(x7)
    x9 = x6(x8)
    x10 = rbind(index, x9)
    x11 = argmin(x1, numcolors)
    x12 = paint(I, x11)
    x13 = x10(x12)
    O = fill(x4, x13, x2)
    return O
