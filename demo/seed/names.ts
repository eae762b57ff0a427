/** Name pools for the generated ambassadors: mostly French, a few international colleagues. */
export const frenchFirstNames = [
  'Adèle', 'Alexandre', 'Alice', 'Amandine', 'Anaïs', 'Antoine', 'Aurélie', 'Baptiste', 'Benoît', 'Camille',
  'Caroline', 'Céline', 'Charlotte', 'Clément', 'Damien', 'Delphine', 'Élise', 'Emma', 'Éric', 'Fabien',
  'Florence', 'François', 'Gaëlle', 'Guillaume', 'Hugo', 'Isabelle', 'Jérôme', 'Julie', 'Karim', 'Laetitia',
  'Laurent', 'Léa', 'Lucas', 'Lucie', 'Manon', 'Marc', 'Margaux', 'Marion', 'Mathilde', 'Maxime',
  'Mélanie', 'Nadia', 'Nicolas', 'Noémie', 'Océane', 'Olivier', 'Pauline', 'Philippe', 'Pierre', 'Quentin',
  'Rachid', 'Romain', 'Sabrina', 'Samuel', 'Sandrine', 'Sébastien', 'Solène', 'Sophie', 'Stéphane', 'Sylvain',
  'Thibault', 'Thomas', 'Valérie', 'Vincent', 'Virginie', 'Yann', 'Yasmine', 'Zoé',
] as const

export const frenchLastNames = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
  'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
  'Morel', 'Girard', 'André', 'Lefèvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez',
  'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas',
  'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin',
  'Masson', 'Sanchez', 'Gérard', 'Nguyen', 'Boyer', 'Denis', 'Lemaire', 'Duval', 'Joly', 'Gautier',
  'Roger', 'Roche', 'Roy', 'Noël', 'Meyer', 'Lucas', 'Meunier', 'Jean', 'Pérez', 'Marchand',
  'Le Gall', 'Le Goff', 'Kerbrat', 'Benali', 'Haddad', 'N’Diaye', 'Da Silva', 'Lacoste', 'Etcheverry', 'Brun',
] as const

export const internationalFirstNames = [
  'Anna', 'Ben', 'Chloe', 'Daniel', 'Emily', 'George', 'Hannah', 'James', 'Laura', 'Liam',
  'Maria', 'Oliver', 'Priya', 'Sam', 'Sarah',
] as const

export const internationalLastNames = [
  'Brown', 'Carter', 'Evans', 'Fischer', 'Hughes', 'Kowalski', 'Murphy', 'O’Brien', 'Patel', 'Rossi',
  'Schmidt', 'Smith', 'Taylor', 'Walker', 'Wilson',
] as const
