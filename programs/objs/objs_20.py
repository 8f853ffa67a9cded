from dsl import *


def objs_0400(I):
    x1 = objects(I, T, F, F)
    x2 = objects(I, T, T, T)
    x3 = sizefilter(x2, TWO)
    x4 = first(x3)
    x5 = lbind(manhattan, x4)
    x6 = compose(x5, box)
    x7 = mostcolor(I)
    x8 = rbind(colorcount, x7)
    x9 = fork(add, x6, x8)
    x10 = order(x1, x9)
    x11 = first(x10)
    O = underpaint(I, x11)
    return O


def objs_0401(I):
    x1 = objects(I, T, F, T)
    x2 = ofcolor(I, NINE)
    x3 = outbox(x2)
    x4 = lbind(position, x3)
    x5 = first(x1)
    x6 = lbind(position, x5)
    x7 = fork(connect, x4, x6)
    x8 = fork(add, rightmost, width)
    x9 = chain(x8, vfrontier, x6)
    x10 = compose(x9, x7)
    x11 = argmin(x1, x10)
    x12 = mostcolor(I)
    O = fill(I, x12, x11)
    return O


def objs_0402(I):
    x1 = objects(I, T, F, T)
    x2 = compose(decrement, color)
    x3 = order(x1, x2)
    x4 = last(x3)
    x5 = corners(x4)
    x6 = cover(I, x5)
    x7 = asobject(I)
    x8 = color(x7)
    O = fill(x6, x8, x7)
    return O


def objs_0403(I):
    x1 = objects(I, F, T, T)
    x2 = objects(I, T, F, T)
    x3 = sizefilter(x2, FOUR)
    x4 = last(x3)
    x5 = lbind(manhattan, x4)
    x6 = fork(multiply, x5, color)
    x7 = argmax(x1, x6)
    x8 = leastcolor(I)
    x9 = ofcolor(I, x8)
    x10 = gravitate(x4, x9)
    x11 = move(I, x4, x10)
    O = paint(x11, x7)
    return O


def objs_0404(I):
    x1 = bottomhalf(I)
    x2 = asobject(I)
    x3 = normalize(x2)
    x4 = fill(x1, ZERO, x3)
    x5 = fgpartition(x1)
    x6 = argmax(x5, size)
    x7 = paint(x4, x6)
    x8 = first(x5)
    x9 = objects(I, T, T, T)
    x10 = argmin(x9, size)
    x11 = position(x8, x10)
    x12 = rbind(shift, x11)
    x13 = x12(x6)
    O = paint(x7, x13)
    return O


def objs_0405(I):
    x1 = objects(I, T, T, T)
    x2 = merge(x1)
    x3 = initset(x2)
    x4 = argmin(x3, numcolors)
    x5 = shape(x4)
    x6 = rbind(shift, x5)
    x7 = compose(width, x6)
    x8 = argmin(x3, x7)
    O = subgrid(x8, I)
    return O


def objs_0406(I):
    x1 = ofcolor(I, FIVE)
    x2 = mostcolor(I)
    x3 = recolor(x2, x1)
    x4 = subgrid(x3, I)
    x5 = inbox(x1)
    x6 = urcorner(x5)
    x7 = rbind(shift, x6)
    x8 = compose(toindices, x7)
    x9 = objects(I, T, T, T)
    x10 = sizefilter(x9, TWO)
    x11 = combine(x9, x10)
    x12 = sfilter(x11, vline)
    x13 = mapply(x8, x12)
    x14 = leastcolor(I)
    O = fill(x4, x14, x13)
    return O


def objs_0407(I):
    x1 = partition(I)
    x2 = argmax(x1, width)
    x3 = remove(x2, x1)
    x4 = compose(vfrontier, urcorner)
    x5 = compose(width, x4)
    x6 = argmax(x3, x5)
    x7 = last(x3)
    x8 = color(x7)
    x9 = fill(I, x8, x6)
    x10 = objects(I, T, T, T)
    x11 = sizefilter(x10, ONE)
    x12 = first(x11)
    x13 = gravitate(x12, x12)
    O = move(x9, x12, x13)
    return O


def objs_0408(I):
    x1 = compose(righthalf, compress)
    x2 = x1(I)
    x3 = objects(I, T, F, T)
    x4 = argmin(x3, width)
    x5 = center(x4)
    x6 = shift(x4, x5)
    x7 = ulcorner(x6)
    x8 = outbox(x6)
    x9 = urcorner(x8)
    x10 = halve(x9)
    x11 = crop(x2, x7, x10)
    x12 = vmirror(x11)
    O = paint(x12, x4)
    return O


def objs_0409(I):
    x1 = objects(I, T, F, T)
    x2 = compose(square, hmirror)
    x3 = sfilter(x1, x2)
    x4 = argmin(x3, uppermost)
    x5 = underpaint(I, x4)
    x6 = rbind(bordering, x5)
    x7 = mfilter(x3, x6)
    x8 = asobject(I)
    x9 = compose(increment, leastcolor)
    x10 = argmin(x1, x9)
    x11 = position(x8, x10)
    x12 = move(I, x7, x11)
    O = move(x12, x10, x11)
    return O


def objs_0410(I):
    x1 = fgpartition(I)
    x2 = objects(I, T, T, T)
    x3 = sizefilter(x2, FOUR)
    x4 = first(x3)
    x5 = lbind(manhattan, x4)
    x6 = order(x1, x5)
    x7 = first(x6)
    x8 = corners(x7)
    x9 = mapply(vfrontier, x8)
    x10 = cover(I, x9)
    x11 = cover(x10, x7)
    O = subgrid(x7, x11)
    return O


def objs_0411(I):
    x1 = objects(I, T, F, F)
    x2 = fork(subtract, size, mostcolor)
    x3 = fork(subtract, size, leastcolor)
    x4 = fork(add, x2, x3)
    x5 = argmin(x1, x4)
    x6 = cmirror(x5)
    x7 = fork(either, portrait, vline)
    x8 = mfilter(x1, x7)
    x9 = backdrop(x8)
    x10 = rbind(subgrid, I)
    x11 = x10(x9)
    x12 = color(x6)
    x13 = fill(x11, x12, x9)
    x14 = fgpartition(I)
    x15 = extract(x14, portrait)
    x16 = paint(x13, x15)
    x17 = subgrid(x9, x16)
    O = subgrid(x6, x17)
    return O


def objs_0412(I):
    x1 = objects(I, T, F, T)
    x2 = compose(double, color)
    x3 = fork(subtract, x2, color)
    x4 = fork(multiply, x2, x3)
    x5 = order(x1, x4)
    x6 = first(x5)
    x7 = underfill(I, FOUR, x6)
    O = paint(x7, x6)
    return O


def objs_0413(I):
    x1 = objects(I, F, T, T)
    x2 = objects(I, T, F, T)
    x3 = argmin(x2, width)
    x4 = lbind(position, x3)
    x5 = compose(vfrontier, x4)
    x6 = fork(equality, identity, hmirror)
    x7 = compose(x6, x5)
    x8 = extract(x1, x7)
    O = subgrid(x8, I)
    return O


def objs_0414(I):
    x1 = shape(I)
    x2 = objects(I, T, F, T)
    x3 = first(x2)
    x4 = portrait(x3)
    x5 = objects(I, F, F, T)
    x6 = fgpartition(I)
    x7 = branch(x4, x5, x6)
    x8 = rbind(colorcount, ONE)
    x9 = argmin(x7, x8)
    x10 = mostcolor(x9)
    O = canvas(x10, x1)
    return O


def objs_0415(I):
    x1 = asindices(I)
    x2 = cover(I, x1)
    x3 = rbind(subgrid, x2)
    x4 = x3(x1)
    x5 = objects(I, F, F, T)
    x6 = mfilter(x5, portrait)
    x7 = first(x5)
    x8 = urcorner(x7)
    x9 = move(x4, x6, x8)
    x10 = rbind(subgrid, x9)
    x11 = leastcolor(I)
    x12 = ofcolor(I, x11)
    x13 = x10(x12)
    x14 = objects(x2, T, F, F)
    x15 = compose(increment, width)
    x16 = argmin(x14, x15)
    x17 = box(x16)
    x18 = apply(box, x5)
    x19 = argmax(x18, lowermost)
    x20 = normalize(x19)
    x21 = rbind(contained, x20)
    x22 = sfilter(x17, x21)
    O = fill(x13, x11, x22)
    return O


def objs_0416(I):
    x1 = objects(I, T, F, T)
    x2 = leastcolor(I)
    x3 = colorfilter(x1, x2)
    x4 = argmin(x1, size)
    x5 = llcorner(x4)
    x6 = halve(x5)
    x7 = rbind(shift, x6)
    x8 = apply(x7, x3)
    x9 = argmin(x8, width)
    x10 = gravitate(x9, x4)
    O = move(I, x9, x10)
    return O


def objs_0417(I):
    x1 = asindices(I)
    x2 = fill(I, THREE, x1)
    x3 = objects(I, T, F, T)
    x4 = first(x3)
    x5 = color(x4)
    x6 = colorfilter(x3, x5)
    x7 = apply(center, x6)
    x8 = toobject(x7, I)
    x9 = compose(vfrontier, ulcorner)
    x10 = fork(multiply, width, lowermost)
    x11 = compose(x10, x9)
    x12 = argmin(x6, x11)
    x13 = mostcolor(x12)
    O = fill(x2, x13, x8)
    return O


def objs_0418(I):
    x1 = ofcolor(I, SIX)
    x2 = delta(x1)
    x3 = outbox(x2)
    x4 = intersection(x2, x3)
    x5 = shift(x4, ZERO_BY_TWO)
    x6 = rbind(shift, TWO_BY_TWO)
    x7 = compose(mostcolor, x6)
    x8 = partition(I)
    x9 = argmin(x8, mostcolor)
    x10 = x7(x9)
    x11 = fill(I, x10, x5)
    x12 = objects(I, T, T, T)
    x13 = asobject(I)
    x14 = insert(x13, x12)
    x15 = rbind(colorcount, x10)
    x16 = fork(multiply, numcolors, x15)
    x17 = argmax(x14, x16)
    O = fill(x11, x10, x17)
    return O


def objs_0419(I):
    x1 = fgpartition(I)
    x2 = argmax(x1, width)
    x3 = fill(I, TWO, x2)
    x4 = rbind(subgrid, x3)
    x5 = leastcolor(I)
    x6 = ofcolor(I, x5)
    x7 = ulcorner(x6)
    x8 = centerofmass(x2)
    x9 = connect(x7, x8)
    x10 = x4(x9)
    x11 = downscale(x10, TWO)
    x12 = palette(I)
    x13 = mostcolor(I)
    x14 = other(x12, x13)
    O = fill(x11, x14, x9)
    return O
