from dsl import *


def objs_0040(I):
    x1 = objects(I, T, T, T)
    x2 = argmin(x1, height)
    x3 = shape(x2)
    x4 = argmin(x1, size)
    x5 = lbind(manhattan, x4)
    x6 = power(increment, TWO)
    x7 = compose(x6, x5)
    x8 = order(x1, x7)
    x9 = first(x8)
    x10 = mostcolor(x9)
    O = canvas(x10, x3)
    return O


def objs_0041(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = fgpartition(I)
    x4 = first(x3)
    x5 = paint(I, x4)
    x6 = subgrid(x2, x5)
    x7 = objects(I, T, F, T)
    x8 = compose(size, backdrop)
    x9 = fork(subtract, lowermost, x8)
    x10 = argmin(x7, x9)
    x11 = sizefilter(x7, FOUR)
    x12 = first(x11)
    x13 = argmin(x11, size)
    x14 = outbox(x13)
    x15 = gravitate(x12, x14)
    x16 = move(x6, x10, x15)
    O = underpaint(x16, x4)
    return O


def objs_0042(I):
    x1 = leastcolor(I)
    x2 = rbind(replace, x1)
    x3 = mostcolor(I)
    x4 = rbind(x2, x3)
    x5 = objects(I, T, T, F)
    x6 = argmin(x5, width)
    x7 = subgrid(x6, I)
    x8 = argmax(x5, size)
    x9 = move(x7, x8, ZERO_BY_TWO)
    x10 = x4(x9)
    x11 = size(x6)
    x12 = greater(x11, TWO)
    x13 = objects(I, F, F, T)
    x14 = argmax(x13, numcolors)
    x15 = argmax(x5, numcolors)
    x16 = vmirror(x15)
    x17 = branch(x12, x14, x16)
    x18 = underpaint(x10, x17)
    O = move(x18, x6, NEG_UNITY)
    return O


def objs_0043(I):
    x1 = partition(I)
    x2 = objects(I, T, T, T)
    x3 = sizefilter(x2, THREE)
    x4 = last(x3)
    x5 = rbind(hmatching, x4)
    x6 = mfilter(x1, x5)
    x7 = box(x6)
    x8 = recolor(FOUR, x7)
    O = subgrid(x8, I)
    return O


def objs_0044(I):
    x1 = objects(I, F, T, T)
    x2 = argmax(x1, width)
    x3 = color(x2)
    x4 = ofcolor(I, x3)
    x5 = lrcorner(x4)
    x6 = neighbors(x5)
    x7 = rbind(shoot, UNITY)
    x8 = mapply(x7, x6)
    x9 = subgrid(x8, I)
    O = bordering(x2, x9)
    return O


def objs_0045(I):
    x1 = fgpartition(I)
    x2 = apply(llcorner, x1)
    x3 = lbind(add, UNITY)
    x4 = compose(hfrontier, x3)
    x5 = mapply(x4, x2)
    x6 = cmirror(x5)
    x7 = objects(I, T, F, T)
    x8 = fork(connect, centerofmass, llcorner)
    x9 = argmin(x7, size)
    x10 = lbind(manhattan, x9)
    x11 = compose(x10, x8)
    x12 = order(x7, x11)
    x13 = last(x12)
    x14 = mostcolor(I)
    x15 = fill(I, x14, x13)
    O = subgrid(x6, x15)
    return O


def objs_0046(I):
    x1 = partition(I)
    x2 = mapply(cmirror, x1)
    x3 = paint(I, x2)
    x4 = chain(vmirror, dmirror, dmirror)
    x5 = first(x1)
    x6 = x4(x5)
    x7 = equality(x2, x6)
    x8 = argmin(x1, width)
    x9 = branch(x7, x6, x8)
    x10 = argmin(x1, height)
    x11 = centerofmass(x10)
    x12 = rbind(index, x11)
    x13 = x12(x3)
    O = fill(x3, x13, x9)
    return O


def objs_0047(I):
    x1 = vconcat(I, I)
    x2 = objects(I, F, T, T)
    x3 = apply(hmirror, x2)
    x4 = argmax(x3, mostcolor)
    x5 = lbind(colorcount, I)
    x6 = compose(vmirror, backdrop)
    x7 = compose(lowermost, x6)
    x8 = apply(x7, x3)
    x9 = argmax(x8, x5)
    O = fill(x1, x9, x4)
    return O


def objs_0048(I):
    x1 = dmirror(I)
    x2 = objects(I, T, F, F)
    x3 = first(x2)
    x4 = cover(x1, x3)
    x5 = rbind(subgrid, x4)
    x6 = box(x3)
    x7 = x5(x6)
    x8 = hconcat(x4, x7)
    O = underfill(x8, ONE, x6)
    return O


def objs_0049(I):
    x1 = upscale(I, TWO)
    x2 = objects(I, T, F, T)
    x3 = apply(dmirror, x2)
    x4 = argmin(x3, height)
    x5 = leastcolor(x4)
    x6 = colorfilter(x3, x5)
    x7 = rbind(colorcount, x5)
    x8 = order(x6, x7)
    x9 = first(x8)
    O = fill(x1, SIX, x9)
    return O


def objs_0050(I):
    x1 = objects(I, F, T, T)
    x2 = argmax(x1, size)
    x3 = color(x2)
    x4 = colorfilter(x1, x3)
    x5 = rbind(colorcount, TWO)
    x6 = fork(subtract, width, color)
    x7 = fork(greater, x5, x6)
    x8 = sfilter(x4, x7)
    x9 = first(x8)
    x10 = argmin(x8, numcolors)
    x11 = centerofmass(x10)
    x12 = objects(I, F, F, T)
    x13 = argmax(x12, width)
    x14 = center(x13)
    x15 = connect(x11, x14)
    x16 = subgrid(x15, I)
    O = subgrid(x9, x16)
    return O


def objs_0051(I):
    x1 = objects(I, T, T, T)
    x2 = first(x1)
    x3 = argmax(x1, numcolors)
    x4 = vmirror(x3)
    x5 = equality(x2, x4)
    x6 = shape(I)
    x7 = canvas(NINE, x6)
    x8 = fgpartition(I)
    x9 = sizefilter(x1, TWO)
    x10 = first(x9)
    x11 = lbind(manhattan, x10)
    x12 = argmax(x8, x11)
    x13 = underpaint(x7, x12)
    x14 = subgrid(x12, x13)
    x15 = branch(x5, x13, x14)
    O = paint(x15, x3)
    return O


def objs_0052(I):
    x1 = rbind(shoot, DOWN)
    x2 = objects(I, T, T, T)
    x3 = argmin(x2, width)
    x4 = argmin(x2, size)
    x5 = gravitate(x3, x4)
    x6 = x1(x5)
    x7 = ofcolor(I, TWO)
    x8 = uppermost(x7)
    x9 = uppermost(x3)
    x10 = greater(x8, x9)
    x11 = paint(I, x4)
    x12 = branch(x10, I, x11)
    O = subgrid(x6, x12)
    return O


def objs_0053(I):
    x1 = objects(I, T, F, T)
    x2 = compose(halve, mostcolor)
    x3 = argmax(x1, x2)
    x4 = power(double, THREE)
    x5 = shape(x3)
    x6 = x4(x5)
    x7 = move(I, x3, x6)
    x8 = color(x3)
    x9 = ofcolor(I, x8)
    x10 = fill(x7, FOUR, x9)
    O = fill(x10, x8, x3)
    return O


def objs_0054(I):
    x1 = objects(I, T, F, T)
    x2 = matcher(leastcolor, FOUR)
    x3 = sfilter(x1, x2)
    x4 = argmin(x3, width)
    x5 = box(x4)
    x6 = gravitate(x4, x5)
    x7 = move(I, x4, x6)
    O = underfill(x7, THREE, x5)
    return O


def objs_0055(I):
    x1 = objects(I, F, F, T)
    x2 = apply(delta, x1)
    x3 = merge(x2)
    x4 = asobject(I)
    x5 = color(x4)
    x6 = fill(I, x5, x3)
    x7 = rot180(x6)
    x8 = argmax(x1, size)
    x9 = mostcolor(x8)
    x10 = colorfilter(x1, x9)
    x11 = mostcolor(I)
    x12 = rbind(colorcount, x11)
    x13 = argmax(x10, x12)
    O = underpaint(x7, x13)
    return O


def objs_0056(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = shape(x2)
    x4 = mostcolor(I)
    x5 = canvas(x4, x3)
    x6 = last(x1)
    x7 = fill(x5, x4, x6)
    x8 = leastcolor(I)
    x9 = ofcolor(I, x8)
    x10 = argmin(x1, size)
    x11 = gravitate(x10, x9)
    x12 = rbind(index, x11)
    x13 = x12(x5)
    O = fill(x7, x13, x9)
    return O


def objs_0057(I):
    x1 = objects(I, F, F, T)
    x2 = first(x1)
    x3 = inbox(x2)
    x4 = compose(delta, hmirror)
    x5 = objects(I, T, F, T)
    x6 = mapply(x4, x5)
    x7 = toobject(x6, I)
    x8 = leastcolor(I)
    x9 = ofcolor(I, x8)
    x10 = fill(I, EIGHT, x9)
    x11 = inbox(x7)
    x12 = rbind(contained, x11)
    x13 = sfilter(x3, x12)
    x14 = fill(x10, x8, x13)
    x15 = subgrid(x7, x14)
    O = subgrid(x3, x15)
    return O


def objs_0058(I):
    x1 = chain(ineighbors, halve, urcorner)
    x2 = objects(I, T, T, T)
    x3 = mapply(x1, x2)
    x4 = argmin(x2, width)
    x5 = paint(I, x4)
    x6 = first(x2)
    x7 = underpaint(x5, x6)
    x8 = subgrid(x3, x7)
    x9 = delta(x4)
    x10 = cover(x8, x9)
    O = fill(x10, TWO, x9)
    return O


def objs_0059(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = backdrop(x2)
    x4 = fill(I, x1, x3)
    x5 = bottomhalf(x4)
    x6 = objects(I, T, F, T)
    x7 = compose(rightmost, toindices)
    x8 = argmax(x6, x7)
    x9 = ulcorner(x8)
    x10 = llcorner(x3)
    x11 = crop(x5, x9, x10)
    x12 = upscale(x11, TWO)
    O = paint(x12, x8)
    return O
