from dsl import *


def objs_0380(I):
    x1 = fgpartition(I)
    x2 = matcher(mostcolor, THREE)
    x3 = extract(x1, x2)
    x4 = bottomhalf(I)
    x5 = first(x1)
    x6 = fill(x4, ZERO, x5)
    x7 = objects(I, F, T, F)
    x8 = argmin(x7, leastcolor)
    x9 = paint(x6, x8)
    x10 = subgrid(x3, x9)
    O = underpaint(x10, x5)
    return O


def objs_0381(I):
    x1 = lefthalf(I)
    x2 = objects(I, T, F, T)
    x3 = mostcolor(I)
    x4 = rbind(colorcount, x3)
    x5 = argmax(x2, x4)
    x6 = mostcolor(x5)
    x7 = leastcolor(I)
    x8 = switch(x1, x6, x7)
    x9 = fork(connect, centerofmass, llcorner)
    x10 = compose(x9, hmirror)
    x11 = apply(x10, x2)
    x12 = merge(x11)
    O = fill(x8, x7, x12)
    return O


def objs_0382(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = lbind(position, x2)
    x4 = objects(I, T, F, T)
    x5 = apply(x3, x4)
    x6 = toindices(x5)
    x7 = lbind(connect, RIGHT)
    x8 = mapply(x7, x6)
    x9 = argmax(x4, width)
    x10 = underpaint(I, x9)
    x11 = first(x4)
    x12 = fill(x10, x1, x11)
    x13 = lrcorner(x11)
    x14 = ineighbors(x13)
    x15 = mostcolor(I)
    x16 = fill(x12, x15, x14)
    x17 = shoot(x13, UNITY)
    x18 = underfill(x16, ONE, x17)
    O = subgrid(x8, x18)
    return O


def objs_0383(I):
    x1 = objects(I, T, T, F)
    x2 = first(x1)
    x3 = centerofmass(x2)
    x4 = vfrontier(x3)
    x5 = rbind(shoot, UP_RIGHT)
    x6 = mapply(x5, x4)
    x7 = mostcolor(I)
    x8 = recolor(x7, x6)
    x9 = ofcolor(I, x7)
    x10 = subgrid(x9, I)
    x11 = lbind(paint, x10)
    x12 = fork(multiply, leftmost, lowermost)
    x13 = argmin(x1, x12)
    x14 = x11(x13)
    x15 = cover(x14, x9)
    O = subgrid(x8, x15)
    return O


def objs_0384(I):
    x1 = rbind(toobject, I)
    x2 = ofcolor(I, EIGHT)
    x3 = x1(x2)
    x4 = normalize(x3)
    x5 = objects(I, T, F, F)
    x6 = first(x5)
    x7 = color(x6)
    O = underfill(I, x7, x4)
    return O


def objs_0385(I):
    x1 = objects(I, T, T, T)
    x2 = argmax(x1, uppermost)
    x3 = box(x2)
    x4 = hline(x3)
    x5 = argmin(x1, height)
    x6 = gravitate(x5, x2)
    x7 = move(I, x5, x6)
    x8 = branch(x4, I, x7)
    x9 = delta(x3)
    x10 = color(x5)
    x11 = underfill(x8, x10, x9)
    x12 = argmin(x1, width)
    x13 = paint(x11, x12)
    x14 = leastcolor(x5)
    x15 = underfill(x13, x14, x12)
    x16 = power(double, TWO)
    x17 = compose(x16, leastcolor)
    x18 = argmin(x1, x17)
    O = move(x15, x18, x6)
    return O


def objs_0386(I):
    x1 = ofcolor(I, FOUR)
    x2 = cover(I, x1)
    x3 = cmirror(x2)
    x4 = dmirror(x3)
    x5 = fgpartition(I)
    x6 = fork(shift, identity, shape)
    x7 = compose(mostcolor, vmirror)
    x8 = compose(x7, x6)
    x9 = objects(I, F, T, T)
    x10 = argmax(x9, size)
    x11 = x8(x10)
    x12 = rbind(colorcount, x11)
    x13 = argmin(x5, x12)
    x14 = outbox(x13)
    x15 = objects(I, T, T, T)
    x16 = argmin(x15, height)
    x17 = gravitate(x16, x14)
    O = move(x4, x16, x17)
    return O


def objs_0387(I):
    x1 = lbind(ofcolor, I)
    x2 = objects(I, T, F, T)
    x3 = rbind(colorcount, EIGHT)
    x4 = valmax(x2, x3)
    x5 = x1(x4)
    x6 = subgrid(x5, I)
    x7 = objects(I, F, T, T)
    x8 = argmin(x7, x3)
    x9 = initset(x8)
    x10 = last(x9)
    O = underpaint(x6, x10)
    return O


def objs_0388(I):
    x1 = partition(I)
    x2 = argmax(x1, height)
    x3 = underfill(I, SIX, x2)
    x4 = objects(I, F, T, T)
    x5 = argmax(x4, height)
    x6 = cover(x3, x5)
    x7 = lbind(colorcount, I)
    x8 = objects(I, T, F, T)
    x9 = apply(uppermost, x8)
    x10 = argmax(x9, x7)
    x11 = fill(x6, x10, x5)
    x12 = ofcolor(x11, x10)
    x13 = recolor(x10, x12)
    x14 = color(x13)
    x15 = ofcolor(x3, x14)
    O = cover(x11, x15)
    return O


def objs_0389(I):
    x1 = shape(I)
    x2 = mostcolor(I)
    x3 = canvas(x2, x1)
    x4 = objects(I, T, F, T)
    x5 = fork(combine, vmirror, dmirror)
    x6 = fork(subtract, height, uppermost)
    x7 = chain(decrement, x6, x5)
    x8 = compose(x7, toindices)
    x9 = argmax(x4, x8)
    O = paint(x3, x9)
    return O


def objs_0390(I):
    x1 = objects(I, T, T, T)
    x2 = argmin(x1, size)
    x3 = lbind(manhattan, x2)
    x4 = argmin(x1, x3)
    x5 = shape(x4)
    x6 = shift(x4, x5)
    x7 = shape(x6)
    x8 = objects(I, F, F, T)
    x9 = argmax(x8, numcolors)
    x10 = color(x9)
    x11 = canvas(x10, x7)
    x12 = matcher(decrement, x10)
    x13 = compose(x12, x3)
    x14 = sfilter(x8, x13)
    x15 = mapply(normalize, x14)
    O = paint(x11, x15)
    return O


def objs_0391(I):
    x1 = fgpartition(I)
    x2 = first(x1)
    x3 = underpaint(I, x2)
    x4 = fill(x3, NINE, x2)
    x5 = extract(x1, vline)
    x6 = paint(x4, x5)
    x7 = ofcolor(I, TWO)
    x8 = objects(I, T, T, T)
    x9 = sizefilter(x8, FOUR)
    x10 = last(x9)
    x11 = position(x7, x10)
    x12 = rbind(index, x11)
    x13 = x12(x6)
    x14 = underfill(x6, x13, x5)
    x15 = objects(I, T, F, T)
    x16 = power(dmirror, TWO)
    x17 = apply(x16, x15)
    x18 = sizefilter(x17, TWO)
    x19 = combine(x17, x18)
    x20 = order(x19, width)
    x21 = first(x20)
    x22 = gravitate(x10, x21)
    O = move(x14, x10, x22)
    return O


def objs_0392(I):
    x1 = objects(I, F, F, T)
    x2 = compose(height, delta)
    x3 = fork(multiply, mostcolor, x2)
    x4 = argmin(x1, x3)
    x5 = asobject(I)
    x6 = contained(x5, x1)
    x7 = shape(x5)
    x8 = canvas(SEVEN, x7)
    x9 = argmin(x1, size)
    x10 = underpaint(x8, x9)
    x11 = mostcolor(I)
    x12 = replace(I, THREE, x11)
    x13 = branch(x6, x10, x12)
    x14 = subgrid(x4, x13)
    x15 = objects(I, T, T, T)
    x16 = argmin(x15, height)
    x17 = lbind(hmatching, x16)
    x18 = mfilter(x1, x17)
    x19 = urcorner(x18)
    x20 = shoot(x19, NEG_UNITY)
    O = underfill(x14, x11, x20)
    return O


def objs_0393(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, uppermost)
    x3 = lrcorner(x2)
    x4 = initset(x3)
    x5 = normalize(x4)
    x6 = shape(x5)
    x7 = objects(I, T, T, T)
    x8 = chain(hmirror, vmirror, normalize)
    x9 = shape(x4)
    x10 = canvas(SEVEN, x9)
    x11 = lbind(colorcount, x10)
    x12 = chain(x11, size, x8)
    x13 = argmax(x7, x12)
    x14 = color(x13)
    O = canvas(x14, x6)
    return O


def objs_0394(I):
    x1 = righthalf(I)
    x2 = objects(I, T, T, T)
    x3 = merge(x2)
    x4 = shape(x3)
    x5 = lbind(colorcount, I)
    x6 = palette(x3)
    x7 = argmax(x6, x5)
    x8 = canvas(x7, x4)
    x9 = vconcat(x1, x8)
    O = underpaint(x9, x3)
    return O


def objs_0395(I):
    x1 = partition(I)
    x2 = ofcolor(I, ONE)
    x3 = centerofmass(x2)
    x4 = rbind(shift, x3)
    x5 = apply(x4, x1)
    x6 = last(x5)
    x7 = rbind(fill, x6)
    x8 = rbind(index, THREE_BY_THREE)
    x9 = move(I, x6, x3)
    x10 = x8(x9)
    x11 = rbind(x7, x10)
    x12 = fill(I, x10, x6)
    x13 = fill(x12, x10, x2)
    x14 = x11(x13)
    x15 = subgrid(x6, x14)
    O = fill(x15, x10, x6)
    return O


def objs_0396(I):
    x1 = partition(I)
    x2 = lbind(colorcount, I)
    x3 = palette(I)
    x4 = argmin(x3, x2)
    x5 = colorfilter(x1, x4)
    x6 = last(x5)
    x7 = fork(multiply, leftmost, color)
    x8 = compose(size, backdrop)
    x9 = fork(multiply, x7, x8)
    x10 = order(x5, x9)
    x11 = last(x10)
    x12 = underpaint(I, x11)
    O = subgrid(x6, x12)
    return O


def objs_0397(I):
    x1 = objects(I, T, F, T)
    x2 = rbind(colorcount, NINE)
    x3 = argmin(x1, x2)
    x4 = backdrop(x3)
    x5 = argmin(x1, size)
    x6 = gravitate(x5, x3)
    x7 = move(I, x5, x6)
    x8 = rot270(x7)
    x9 = asobject(I)
    x10 = paint(x8, x9)
    x11 = subgrid(x4, x10)
    x12 = mostcolor(I)
    x13 = ofcolor(I, x12)
    x14 = llcorner(x13)
    x15 = vfrontier(x14)
    O = fill(x11, x12, x15)
    return O


def objs_0398(I):
    x1 = fgpartition(I)
    x2 = argmax(x1, size)
    x3 = bordering(x2, I)
    x4 = fill(I, FOUR, x2)
    x5 = branch(x3, I, x4)
    x6 = argmin(x1, numcolors)
    x7 = paint(x5, x6)
    x8 = asobject(I)
    x9 = leastcolor(I)
    x10 = underfill(x7, x9, x8)
    x11 = rbind(colorcount, x9)
    x12 = argmin(x1, x11)
    x13 = paint(x10, x12)
    x14 = ofcolor(I, x9)
    x15 = position(x8, x14)
    x16 = neighbors(x15)
    x17 = toobject(x16, I)
    O = paint(x13, x17)
    return O


def objs_0399(I):
    x1 = fgpartition(I)
    x2 = argmin(x1, color)
    x3 = fill(I, ZERO, x2)
    x4 = compose(outbox, cmirror)
    x5 = mapply(x4, x1)
    x6 = toobject(x5, I)
    x7 = mostcolor(I)
    O = underfill(x3, x7, x6)
    return O
