import type { AmbassadorsTranslationsObject } from './en.ts'

export const fr: AmbassadorsTranslationsObject = {
  'plugin-ambassadors': {
    emailInvalid: "Cette adresse e-mail n'est pas valide.",
    emailTaken:
      'Un ambassadeur a déjà cette adresse e-mail (les adresses sont comparées sans tenir compte de la casse).',
    endBeforeStart: 'La fin doit être égale ou postérieure au début.',
    inboxAll: 'Tous',
    inboxDueDate: 'Échéance',
    inboxEditorIntro:
      'Les suggestions qui vous sont transmises, à vous ou à vos réseaux, les plus récentes d’abord.',
    inboxEditorTitle: 'Boîte de réception des suggestions',
    inboxEmpty: 'Rien pour le moment.',
    inboxFilter: 'Filtrer',
    inboxLatestComment: 'Dernier commentaire',
    inboxNetwork: 'Réseau',
    inboxOverdue: 'En retard',
    inboxReferentIntro: 'Tout ce que vous avez proposé, et où cela en est.',
    inboxReferentTitle: 'Mes suggestions',
    inboxStage: 'Étape',
    inboxSubmittedAt: 'Proposé le',
    inboxSubmittedBy: 'Par',
    inboxTheme: 'Thématique',
    inboxTitle: 'Titre',
    linkInvalid: 'Le lien doit être une adresse complète en http:// ou https://.',
    networkChoose:
      'Vous appartenez à plusieurs réseaux de référents : choisissez celui auquel cette suggestion est destinée.',
    networkNone:
      'Vous n’êtes encore membre d’aucun réseau de référents : demandez à un administrateur de vous y ajouter.',
    networkNotMember: 'Vous ne pouvez proposer qu’à un réseau de référents dont vous êtes membre.',
    memberNotReferent:
      'Seuls les utilisateurs ayant le rôle référent peuvent être membres d’un réseau de référents.',
    memberNotEditor:
      'Seuls les utilisateurs ayant le rôle éditeur ou administrateur peuvent être éditeurs d’un réseau de référents.',
    parentCycle:
      'Une thématique ne peut pas être sa propre parente ni la parente de l’une de ses ascendantes.',
    percentRange: 'Saisissez un pourcentage entre 0 et 100.',
    colorInvalid: 'Saisissez une couleur au format #RRVVBB.',
    rolesRequired: 'Choisissez au moins un rôle.',
    rruleInvalid: "Cette règle de récurrence (RRULE) n'est pas valide : {{reason}}",
    rruleTooFrequent:
      'Une cadence se répète au plus une fois par jour (FREQ=DAILY, WEEKLY, MONTHLY ou YEARLY).',
    shareTextTooLong: '{{network}} accepte au plus {{max}} caractères ; ce texte en compte {{length}}.',
    stageCommentRequired:
      'Ajoutez un commentaire expliquant pourquoi : la personne qui l’a proposé le recevra.',
    stageMoveNone:
      'Vous ne pouvez pas faire passer ce contenu de « {{from}} » à « {{to}} » : aucune étape n’est possible pour vous depuis « {{from}} ».',
    stageMoveNotAllowed:
      'Vous ne pouvez pas faire passer ce contenu de « {{from}} » à « {{to}} ». Depuis « {{from}} », vous pouvez choisir : {{allowed}}.',
    slugInvalid: 'Utilisez uniquement des minuscules, des chiffres et des tirets.',
    timeZoneInvalid: 'Fuseau horaire inconnu : utilisez un nom IANA comme Europe/Paris.',
  },
}
