from dsl import *


def objs_0300(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, numcolors)
    x3 = ulcorner(x2)
    x4 = shoot(x3, UNITY)
    x5 = color(x2)
    x6 = rbind(colorcount, x5)
    x7 = argmin(x1, x6)
    x8 = position(x4, x7)
    x9 = shoot(x8, UP)
    x10 = chain(lowermost, box, vmirror)
    x11 = argmax(x1, x10)
    x12 = objects(I, F, F, T)
    x13 = sizefilter(x12, ONE)
    x14 = contained(x11, x13)
    x15 = first(x12)
    x16 = leastcolor(I)
    x17 = fill(I, x16, x15)
    x18 = rbind(subgrid, x17)
    x19 = outbox(x9)
    x20 = compose(hfrontier, increment)
    x21 = mapply(x20, x19)
    x22 = x18(x21)
    x23 = paint(x22, x7)
    x24 = branch(x14, x22, x23)
    O = bordering(x9, x24)
    return O


def objs_0301(I):
    x1 = objects(I, T, T, T)
    x2 = sizefilter(x1, FOUR)
    x3 = last(x2)
    x4 = lbind(manhattan, x3)
    x5 = argmax(x1, x4)
    x6 = valmax(x2, x4)
    x7 = argmin(x2, height)
    x8 = argmin(x2, width)
    x9 = manhattan(x7, x8)
    x10 = astuple(x6, x9)
    x11 = shift(x5, x10)
    x12 = first(x1)
    x13 = cover(I, x12)
    x14 = chain(rightmost, normalize, outbox)
    x15 = argmax(x1, x14)
    x16 = rbind(index, x10)
    x17 = paint(x13, x3)
    x18 = x16(x17)
    x19 = underfill(x13, x18, x15)
    x20 = fill(x19, x18, x7)
    O = bordering(x11, x20)
    return O


def objs_0302(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = hmirror(x2)
    x4 = partition(I)
    x5 = first(x4)
    x6 = paint(I, x5)
    x7 = subgrid(x3, x6)
    x8 = subgrid(x2, x7)
    x9 = objects(I, T, F, T)
    x10 = argmin(x9, size)
    x11 = lbind(manhattan, x10)
    x12 = fork(multiply, lowermost, x11)
    x13 = fork(astuple, x11, x12)
    x14 = x13(x2)
    x15 = rbind(index, x14)
    x16 = x15(x8)
    O = underfill(x8, x16, x3)
    return O


def objs_0303(I):
    x1 = partition(I)
    x2 = argmax(x1, size)
    x3 = shape(x2)
    x4 = canvas(FOUR, x3)
    x5 = argmax(x1, numcolors)
    x6 = move(x4, x5, x3)
    x7 = subgrid(x2, x6)
    x8 = paint(x7, x2)
    x9 = chain(dneighbors, centerofmass, delta)
    x10 = compose(halve, height)
    x11 = compose(x10, x9)
    x12 = compose(invert, x11)
    x13 = order(x1, x12)
    x14 = last(x13)
    O = underpaint(x8, x14)
    return O


def objs_0304(I):
    x1 = objects(I, T, F, F)
    x2 = argmin(x1, uppermost)
    x3 = underfill(I, SEVEN, x2)
    x4 = argmax(x1, uppermost)
    x5 = ulcorner(x4)
    x6 = ofcolor(I, ONE)
    x7 = center(x6)
    x8 = crop(x3, x5, x7)
    x9 = leastcolor(I)
    x10 = asobject(I)
    x11 = color(x10)
    x12 = replace(x8, x9, x11)
    x13 = paint(x12, x10)
    x14 = fork(equality, identity, cmirror)
    x15 = fork(either, x14, portrait)
    x16 = extract(x1, x15)
    x17 = mostcolor(I)
    O = fill(x13, x17, x16)
    return O


def objs_0305(I):
    x1 = fgpartition(I)
    x2 = compose(flip, portrait)
    x3 = sfilter(x1, x2)
    x4 = merge(x3)
    x5 = asobject(I)
    x6 = normalize(x5)
    x7 = color(x6)
    x8 = fill(I, x7, x4)
    x9 = delta(x4)
    O = underfill(x8, x7, x9)
    return O


def objs_0306(I):
    x1 = objects(I, T, F, T)
    x2 = chain(dmirror, vmirror, vmirror)
    x3 = chain(x2, normalize, x2)
    x4 = apply(x3, x1)
    x5 = argmin(x4, height)
    x6 = lbind(colorcount, I)
    x7 = argmin(x1, leftmost)
    x8 = palette(x7)
    x9 = argmax(x4, size)
    x10 = manhattan(x9, x7)
    x11 = lbind(greater, x10)
    x12 = sfilter(x8, x11)
    x13 = argmax(x12, x6)
    O = fill(I, x13, x5)
    return O


def objs_0307(I):
    x1 = rbind(replace, SIX)
    x2 = rbind(x1, EIGHT)
    x3 = x2(I)
    x4 = objects(I, F, T, T)
    x5 = first(x4)
    x6 = backdrop(x5)
    x7 = fill(x3, SEVEN, x6)
    x8 = asobject(I)
    x9 = move(x7, x8, DOWN_LEFT)
    x10 = paint(x9, x8)
    O = fill(x10, NINE, x8)
    return O


def objs_0308(I):
    x1 = objects(I, T, T, T)
    x2 = chain(leftmost, vmirror, cmirror)
    x3 = matcher(x2, THREE)
    x4 = sfilter(x1, x3)
    x5 = argmin(x4, size)
    x6 = compress(I)
    x7 = first(x1)
    x8 = color(x7)
    x9 = fill(x6, x8, x7)
    x10 = bottomhalf(x9)
    x11 = objects(I, T, T, F)
    x12 = rbind(colorcount, SIX)
    x13 = argmax(x11, x12)
    x14 = underpaint(x10, x13)
    O = subgrid(x5, x14)
    return O


def objs_0309(I):
    x1 = objects(I, T, T, T)
    x2 = palette(I)
    x3 = mostcolor(I)
    x4 = other(x2, x3)
    x5 = colorfilter(x1, x4)
    x6 = rbind(upscale, TWO)
    x7 = chain(x6, vmirror, cmirror)
    x8 = mapply(x7, x5)
    x9 = shape(x8)
    O = canvas(x4, x9)
    return O


def objs_0310(I):
    x1 = shape(I)
    x2 = asobject(I)
    x3 = color(x2)
    x4 = canvas(x3, x1)
    x5 = asindices(I)
    x6 = mostcolor(I)
    x7 = fill(x4, x6, x5)
    x8 = objects(I, F, T, T)
    x9 = apply(normalize, x8)
    x10 = objects(I, T, T, T)
    x11 = fork(subtract, mostcolor, rightmost)
    x12 = argmin(x10, x11)
    x13 = remove(x12, x9)
    x14 = argmin(x13, x11)
    O = move(x7, x14, x1)
    return O


def objs_0311(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, leftmost)
    x3 = argmin(x1, width)
    x4 = shape(x3)
    x5 = leastcolor(I)
    x6 = canvas(x5, x4)
    x7 = subgrid(x2, x6)
    x8 = partition(I)
    x9 = argmax(x8, numcolors)
    x10 = compose(rightmost, box)
    x11 = argmin(x8, x10)
    x12 = color(x11)
    x13 = fill(x7, x12, x9)
    x14 = fork(add, center, ulcorner)
    x15 = rbind(shoot, RIGHT)
    x16 = compose(x15, x14)
    x17 = apply(x16, x1)
    x18 = argmin(x1, size)
    x19 = lbind(manhattan, x18)
    x20 = argmin(x17, x19)
    O = fill(x13, x12, x20)
    return O


def objs_0312(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, size)
    x3 = sizefilter(x1, THREE)
    x4 = first(x3)
    x5 = gravitate(x4, x2)
    x6 = move(I, x4, x5)
    x7 = gravitate(x2, x4)
    x8 = move(x6, x2, x7)
    x9 = rot270(x8)
    x10 = compose(inbox, normalize)
    x11 = mapply(x10, x3)
    x12 = shape(x11)
    x13 = move(x9, x4, x12)
    x14 = mostcolor(I)
    x15 = colorfilter(x3, x14)
    x16 = mapply(outbox, x15)
    x17 = recolor(x14, x16)
    O = paint(x13, x17)
    return O


def objs_0313(I):
    x1 = compose(backdrop, normalize)
    x2 = fork(subtract, uppermost, leftmost)
    x3 = lbind(subtract, TWO)
    x4 = chain(x3, x2, x1)
    x5 = rbind(argmin, x4)
    x6 = objects(I, T, F, T)
    x7 = first(x6)
    x8 = color(x7)
    x9 = colorfilter(x6, x8)
    x10 = sfilter(x9, square)
    x11 = x5(x10)
    O = fill(I, x8, x11)
    return O


def objs_0314(I):
    x1 = fgpartition(I)
    x2 = argmax(x1, mostcolor)
    x3 = lbind(colorcount, I)
    x4 = asobject(I)
    x5 = normalize(x4)
    x6 = palette(x5)
    x7 = argmin(x6, x3)
    O = recolor(x7, x2)
    return O


def objs_0315(I):
    x1 = objects(I, T, T, F)
    x2 = sizefilter(x1, THREE)
    x3 = difference(x1, x2)
    x4 = first(x3)
    x5 = lrcorner(x4)
    x6 = rbind(shift, x5)
    x7 = fork(subtract, height, leastcolor)
    x8 = compose(x7, x6)
    x9 = argmax(x3, x8)
    x10 = argmax(x2, uppermost)
    x11 = color(x10)
    x12 = fill(I, x11, x9)
    O = paint(x12, x4)
    return O


def objs_0316(I):
    x1 = mostcolor(I)
    x2 = ofcolor(I, x1)
    x3 = objects(I, T, T, F)
    x4 = sizefilter(x3, TWO)
    x5 = sizefilter(x4, TWO)
    x6 = first(x5)
    x7 = lbind(manhattan, x6)
    x8 = argmax(x4, x7)
    x9 = color(x8)
    O = fill(I, x9, x2)
    return O


def objs_0317(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = box(x2)
    x4 = subgrid(x3, I)
    x5 = fork(recolor, color, backdrop)
    x6 = mapply(x5, x1)
    x7 = paint(x4, x6)
    x8 = lbind(vmatching, x2)
    x9 = sfilter(x1, x8)
    x10 = last(x9)
    O = paint(x7, x10)
    return O


def objs_0318(I):
    x1 = matcher(color, EIGHT)
    x2 = compose(flip, x1)
    x3 = objects(I, F, F, T)
    x4 = leastcolor(I)
    x5 = colorfilter(x3, x4)
    x6 = compose(positive, height)
    x7 = sfilter(x5, x6)
    x8 = merge(x7)
    O = x2(x8)
    return O


def objs_0319(I):
    x1 = asindices(I)
    x2 = llcorner(x1)
    x3 = neighbors(x2)
    x4 = toobject(x3, I)
    x5 = underpaint(I, x4)
    x6 = fgpartition(I)
    x7 = cover(x5, x4)
    x8 = rbind(bordering, x7)
    x9 = sfilter(x6, x8)
    x10 = sizefilter(x9, THREE)
    x11 = argmin(x10, height)
    O = paint(x5, x11)
    return O
